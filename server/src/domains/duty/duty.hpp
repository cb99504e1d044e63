#pragma once
// Members' duty performance (委员履职): the rules (points table, caps, joint-proposal split, absence penalty,
// grade bands, "五个一"), the scores and rankings they give, the lists of members short of their five-ones
// or below a grade, each member's yearly dossier (履职档案: JSON, print page, .xlsx), and duties members
// report themselves for staff to approve. Everything here reads duty_records (services/duty); the domains
// that own the acts write them.
// Who sees what: duty:score:read — rules, scores, rankings and lists; duty:record:read — any member's
// dossier; duty:rules:manage — edit the rules, recompute; duty:report:approve — decide self-reported
// duties; duty:self:use — the member's own dossier and reports (/api/v1/my/duty). Other committees' members
// and reports are 404.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/error.hpp"
#include "services/files/attachments.hpp"
#include "storage/db.hpp"

namespace zhixie::duty {

// ---- rules ----
// {year, version, custom, updated_at, rules, kinds: [{kind, name_zh, name_en, self_report}], joint_splits}
nlohmann::json get_rules(storage::Db& db, const auth::Principal& me, int64_t year);
// Replaces the year's rules (version: as read; 0 for a year still on the defaults; stale → 409), validates
// them (422 with every problem, nothing changed) and recomputes the year's scores.
nlohmann::json update_rules(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t year, int64_t version, const nlohmann::json& rules);

// ---- scores ----
struct ScoreQuery {
    int64_t year = 0;
    std::optional<int64_t> sector_id;
    std::optional<int64_t> body_id;  // special committee
    std::string grade;               // exactly this grade
    std::string below;               // below this grade's lower bound
    bool short_of_five_ones = false;
    std::string q;  // in the name
    int64_t page = 1;
    int64_t page_size = 20;
};
// Ranked scores: {items: [{member_id, name, sector_name, bodies, total, grade, ranking, group_ranking,
// five_ones_met, five_ones_total, missing: [{code, name}], points}], total, summary: {members, grades,
// five_ones_complete, average}, computed_at}. group_ranking: the rank within the sector or body filtered on.
nlohmann::json list_scores(storage::Db& db, const auth::Principal& me, const ScoreQuery& q);
std::string export_scores(storage::Db& db, const auth::Principal& me, ScoreQuery q);  // .xlsx
nlohmann::json recompute_scores(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                int64_t year);

// ---- dossier (履职档案) ----
// The member's year: score, grade, ranks, points per kind, five-ones progress, every record, and the
// duties they reported. 404 for another committee's member.
nlohmann::json dossier(storage::Db& db, const auth::Principal& me, int64_t member_id, int64_t year);
std::string dossier_page(storage::Db& db, const auth::Principal& me, int64_t member_id, int64_t year);
std::string dossier_xlsx(storage::Db& db, const auth::Principal& me, int64_t member_id, int64_t year);
// The signed-in member's own record in the current term; 404 not_a_member.
int64_t my_member_id(storage::Db& db, const auth::Principal& me);

// ---- self-reported duties ----
struct NewReport {
    std::string kind;
    std::string occurred_on;
    std::string title;
    std::string description;
    std::string filename;  // the evidence
    std::string bytes;
};
// By the signed-in member: a pending duty record and the report with its evidence.
nlohmann::json report_duty(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const NewReport& r);
// Reports of the committee (status: pending | confirmed | rejected | "" for all), newest first.
nlohmann::json list_reports(storage::Db& db, const auth::Principal& me, const std::string& status,
                            int64_t page, int64_t page_size);
// Staff confirm a pending report (its record counts from now) or reject it with a reason (422 without);
// 409 request_already_decided when it was decided, stale_version when the version is not current.
nlohmann::json decide_report(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t id, bool approve, const std::string& reason,
                             std::optional<int64_t> version);
// The evidence file, to staff who decide reports or read dossiers, and to the member who reported it.
files::Stored report_evidence(storage::Db& db, const auth::Principal& me, int64_t id);

// ---- notices (提醒谈话通知) and advice to resign (劝辞建议) ----
// Members due one by the year's measures (rules.measures), computed from their scores and meeting
// attendance: {year, items: [{member_id, name, sector_id, sector_name, kind, kind_name, reasons, lines,
// notice: {id, status, status_name, issued_at} | null}], total, counts: {reminder, resign}, measures}.
// kind: reminder | resign | "" for both.
nlohmann::json notice_candidates(storage::Db& db, const auth::Principal& me, int64_t year,
                                 const std::string& kind, std::optional<int64_t> sector_id);
// Issues a notice of the kind to each member (all or none): each must be due one (422 duty_notice_not_due)
// and not have one of the kind this year that is not withdrawn (409 duty_notice_exists). Each notice keeps
// its reasons as they stand, tells the member in the app and is audited. {items: [notice], notified}.
nlohmann::json issue_notices(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t year, const std::string& kind, const std::vector<int64_t>& member_ids);
struct Talk {
    std::string talked_on;  // YYYY-MM-DD, not before the notice, not in the future
    std::string talked_by;  // who talked with the member
    std::string note;
    std::string response;  // what the member said
};
// Records the talk on a notice (again to correct it); 409 duty_notice_withdrawn, stale_version.
nlohmann::json record_notice_talk(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, int64_t id, const Talk& talk, int64_t version);
// Withdraws a notice, saying why (422 without); 409 duty_notice_withdrawn, stale_version.
nlohmann::json withdraw_notice(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, const std::string& reason, int64_t version);
// The committee-year's notices, newest first (kind, status: "" for all): {items, total, counts}.
nlohmann::json list_notices(storage::Db& db, const auth::Principal& me, int64_t year, const std::string& kind,
                            const std::string& status);
// The signed-in member's own notices, newest first: {items}.
nlohmann::json my_notices(storage::Db& db, const auth::Principal& me);
// The letter as a print page. own: only the signed-in member's own notice (another's is 404).
std::string notice_page(storage::Db& db, const auth::Principal& me, int64_t id, bool own);

}  // namespace zhixie::duty
