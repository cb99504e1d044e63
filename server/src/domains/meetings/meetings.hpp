#pragma once
// Meetings and activities (会议活动): plenary, standing-committee, chair and special-committee meetings,
// Party meetings, inspections, research, consultations and the lecture series (讲坛). Invitees are chosen by
// role, sector, body, Party organisation or by name and stored as they were on the day of the invitation;
// they are told in the app. A member signs in by scanning the QR code shown at the venue (a signed, expiring
// token of the meeting) or staff sign them in; members ask for leave before the meeting and staff decide.
// Attendance becomes each member's duty records (services/duty) in the same transaction, replaced whenever it
// changes. Also here: donations and practical deeds (办实事), and Party life (三会一课, 主题党日, 廉政谈话)
// with what each branch has not held this quarter.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::meetings {

// plenary standing chair special party_group three_one party_day integrity_talk inspection research lecture
// consultation other
extern const std::vector<std::string> kKinds;
// 三会一课: branch_general branch_committee group party_class
extern const std::vector<std::string> kPartyKinds;
bool is_party_kind(const std::string& kind);  // three_one, party_day, integrity_talk
const FieldLabels& labels();

// ---- pure rules (unit-tested) ----
// The duty records one invitee's attendance makes: present → meeting_attended (plus inspection, research,
// consultation or lecture for those kinds of meeting); absent with approved leave → meeting_absent_leave;
// absent without leave once the meeting is closed (or marked absent) → meeting_absent; nothing while it is
// still open.
std::vector<std::string_view> duty_kinds(const std::string& meeting_kind, const std::string& attendance,
                                         const std::string& leave_status, bool closed);
// RFC 5545: TEXT values escaped (\\ \; \, \n) and content lines folded at 75 octets (never inside a UTF-8
// character) with CRLF + space.
std::string ical_escape(std::string_view text);
std::string ical_fold(std::string_view line);
// "20261210T010000Z" from "2026-12-10T01:00:00Z".
std::string ical_time(const std::string& iso_utc);
// The sign-in QR token: "<meeting id>.<expiry, unix seconds>.<HMAC-SHA256 hex under the meeting's secret>".
std::string make_qr_token(const std::string& secret, int64_t meeting_id, int64_t expires_unix);
// The meeting a token names (nullopt when it is no token at all).
std::optional<int64_t> qr_token_meeting(const std::string& token);
enum class TokenState { ok, invalid, expired };
TokenState check_qr_token(const std::string& secret, const std::string& token, int64_t now_unix);
// A money amount typed in yuan ("1234", "1234.5", "1234.56") as fen; nullopt when it is not one (or negative,
// or more than two decimals).
std::optional<int64_t> yuan_to_fen(const std::string& yuan);
std::string fen_to_yuan(int64_t fen);  // 123456 → "1234.56"
// A time typed as "YYYY-MM-DDTHH:MM[:SS]" in China time, or with Z / an offset, as UTC ISO; nullopt
// otherwise.
std::optional<std::string> to_utc(const std::string& text);
// "2026-12-10 09:00" (China time) of a stored UTC time.
std::string cst_text(const std::string& iso_utc);

// ---- meetings (staff) ----
struct MeetingFields {
    std::string kind, party_kind;
    std::optional<int64_t> party_org_id, body_id;
    std::string title, agenda, place;
    std::string starts_at, ends_at, signin_opens_at, signin_closes_at;  // empty sign-in: 60 min before → end
    std::string topic;
    nlohmann::json lecturers = nlohmann::json::array();  // [{name, title, organisation}]
    std::string minutes;
};
// Who to invite; resolved to members and users when the invitation is made.
struct InviteRules {
    bool all_members = false;  // every serving member of the current term
    bool standing = false;     // the standing committee (常委)
    std::vector<int64_t> sector_ids, body_ids, member_ids, user_ids;
    bool party_org = false;  // the members of the meeting's Party organisation
    bool empty() const;
    nlohmann::json json() const;
};
InviteRules invite_rules_of(const nlohmann::json& body);  // reads body["invite"]
MeetingFields meeting_fields_of(const nlohmann::json& body);

struct MeetingQuery {
    std::string kind, from, to, q;  // from/to: YYYY-MM-DD (China time)
    std::optional<int64_t> party_org_id;
    int64_t page = 1, page_size = 20;
};
nlohmann::json list_meetings(storage::Db& db, const auth::Principal& me, const MeetingQuery& q);
nlohmann::json get_meeting(storage::Db& db, const auth::Principal& me, int64_t id);
nlohmann::json create_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const MeetingFields& f, const InviteRules& invite);
nlohmann::json update_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t id, int64_t version, const MeetingFields& f);
// Cancels a meeting not yet closed (reason required, 422): the invitees are told in the app and every duty
// record the meeting wrote is retracted; afterwards nothing about it changes (409 meeting_cancelled).
nlohmann::json cancel_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, int64_t id, int64_t version, const std::string& reason);
// Deletes a meeting entered by mistake: only while nobody has signed in (409 meeting_has_sign_ins) and no
// speech is recorded (409 meeting_has_speeches); its invitees and attachments go with it.
// `version` is required (400 when missing, once the meeting is known to exist).
void delete_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id,
                    std::optional<int64_t> version);
nlohmann::json invite(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                      int64_t id, const InviteRules& invite);
// Staff: sets the attendance of these invitees in one go — present (signs them in), absent, pending (undoes a
// mark), or leave (a leave they asked for by phone, recorded as approved with the note as its reason).
nlohmann::json mark_attendance(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, const std::vector<int64_t>& invitee_ids,
                               const std::string& attendance, const std::string& note = "");
nlohmann::json decide_leave(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id,
                            int64_t invitee_id, bool approve, const std::string& note);
// Closes the meeting: everyone not present is absent (with or without leave) from now on.
nlohmann::json close_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                             int64_t id);
// A fresh QR token for the venue screen: {token, path, expires_at}.
nlohmann::json qr_token(storage::Db& db, const auth::Principal& me, int64_t id);
nlohmann::json add_speech(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                          int64_t id, std::optional<int64_t> member_id, const std::string& speaker,
                          const std::string& title, const std::string& text);
// The duty records the meeting has written: [{member_id, member_name, kind, title, occurred_on}].
nlohmann::json meeting_duty_records(storage::Db& db, const auth::Principal& me, int64_t id);
// A year's attendance of the meetings held (cancelled ones left out), optionally of one kind of meeting and
// of the members of one sector: per kind of meeting and per member (invited, present, leave, absent, rate).
struct StatsQuery {
    int year = 0;
    std::string kind;  // one of kKinds, or empty for all (400 invalid_field otherwise)
    std::optional<int64_t> sector_id;
};
nlohmann::json attendance_stats(storage::Db& db, const auth::Principal& me, const StatsQuery& q);
// The same per member as an .xlsx sheet with Chinese headers (姓名, 界别, 应出席, 出席, 请假, 缺席, 出席率).
std::string attendance_stats_xlsx(storage::Db& db, const auth::Principal& me, const StatsQuery& q);

// ---- attachments of meetings (minutes, photos) and deeds (evidence) ----
// owner_kind: meeting | deed
nlohmann::json add_attachment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              const std::string& owner_kind, int64_t owner_id, const std::string& filename,
                              const std::string& bytes);
struct File {
    std::string filename, content_type, content;
};
File get_attachment(storage::Db& db, const auth::Principal& me, int64_t attachment_id);

// ---- the member's own ----
nlohmann::json my_meetings(storage::Db& db, const auth::Principal& me, bool upcoming_only);
nlohmann::json my_meeting(storage::Db& db, const auth::Principal& me, int64_t id);  // 404 unless invited
nlohmann::json request_leave(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t id, const std::string& reason);
// Sign-in by the QR token: must be invited (403), within the window (422), once (409).
nlohmann::json sign_in(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                       const std::string& token);
// The user's secret feed address: {path, token}.
nlohmann::json calendar_link(storage::Db& db, const auth::Principal& me);
// The iCalendar text of the user the token belongs to (404 for an unknown token).
std::string calendar_feed(storage::Db& db, const std::string& token);

// ---- donations and deeds ----
nlohmann::json list_campaigns(storage::Db& db, const auth::Principal& me);
nlohmann::json create_campaign(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const std::string& title, const std::string& description,
                               const std::string& starts_on);
nlohmann::json get_campaign(storage::Db& db, const auth::Principal& me, int64_t id);
struct DonationFields {
    int64_t member_id = 0;
    std::string cash, goods_value;  // yuan, exact decimals
    std::string goods, donated_on;
};
nlohmann::json add_donation(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t campaign_id, const DonationFields& f);
nlohmann::json list_deeds(storage::Db& db, const auth::Principal& me, const std::string& status);
nlohmann::json create_deed(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t member_id, const std::string& title, const std::string& description,
                           const std::string& done_on);
nlohmann::json decide_deed(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id,
                           bool confirm);

// ---- Party life ----
nlohmann::json party_requirements(storage::Db& db);
// Per Party organisation what it held in the quarter against what is required so far, and the not-held list.
nlohmann::json party_life_status(storage::Db& db, const auth::Principal& me, const std::string& quarter);

// ---- shared by the use cases (meeting_record.cpp) ----
storage::Row meeting_row(storage::Tx& tx, int64_t committee_id, int64_t id);  // 404 if not this committee's
// The same, for a change to the meeting or its attendance: 409 meeting_cancelled once it was cancelled.
storage::Row live_meeting_row(storage::Tx& tx, int64_t committee_id, int64_t id);
bool is_cancelled(const storage::Row& meeting);
nlohmann::json meeting_json(const storage::Row& m);
storage::Row invitee_row(storage::Tx& tx, int64_t meeting_id, int64_t invitee_id);  // 404 if not its invitee
// The duty kinds the invitee's attendance makes at this meeting now.
std::vector<std::string_view> invitee_duty(const storage::Row& meeting, const storage::Row& invitee);
// Writes the invitee's duty records from their attendance now and retracts the others. `had`: the kinds
// their attendance made before the change, when known (only the difference is written then); nullopt when
// the meeting itself changed (every record is written again).
void write_duty(storage::Tx& tx, const storage::Row& meeting, const storage::Row& invitee,
                const std::optional<std::vector<std::string_view>>& had);
void sync_duty(storage::Tx& tx, const storage::Row& meeting, const storage::Row& invitee);  // had unknown
// Resolves the rules to members and users, stores the new invitees, tells them; returns how many were added.
int64_t add_invitees(storage::Tx& tx, const storage::Row& meeting, const InviteRules& rules);
// The counts of a meeting's invitees: {invited, present, leave, absent, pending}.
nlohmann::json attendance_counts(storage::Tx& tx, int64_t meeting_id);

}  // namespace zhixie::meetings
