#pragma once
// Proposals (提案): filed by a member alone or jointly, or by a party, a special committee or a sector group;
// reviewed (accepted with a number, rejected on a ground, converted, returned, merged); assigned to handling
// units; handled, replied to and reviewed; rated by each proposer (one re-handling on 不满意); closed.
// Every state change is a transition of the proposal's workflow case (config/workflows/proposal.json).
// Visibility: holders of proposal:proposal:read see the committee's proposals (not others' drafts); a
// member sees those they proposed or were invited to co-sign; a unit user those assigned to their unit.
// Anything else is 404.
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

namespace zhixie::proposals {

// ---- committee settings (committees.settings → "proposals") ----
struct PlenarySession {
    int64_t session = 0;
    std::string start;  // YYYY-MM-DD, the first day proposals count as 大会提案
    std::string end;    // YYYY-MM-DD, the last day
};
struct Settings {
    std::string plenary_start = "01-01";  // MM-DD: the default yearly plenary window
    std::string plenary_end = "01-31";
    std::vector<PlenarySession> sessions;  // explicit windows; they take precedence over the default
    int64_t objection_days = 10;           // a unit may object this long after its assignment
    int64_t handling_days = 90;            // reply due this long after assignment
    int64_t max_handling_days = 180;       // extensions may not go beyond this
    int64_t reply_classes = 3;             // A/B/C or A/B/C/D
    std::vector<std::string> categories;
    std::vector<std::string> reject_grounds;
};
Settings load_settings(storage::Tx& tx, int64_t committee_id);
nlohmann::json settings_json(storage::Tx& tx, int64_t committee_id, const Settings& s);
nlohmann::json get_settings(storage::Db& db, const auth::Principal& me);
nlohmann::json update_settings(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const nlohmann::json& body);
// The reply classes in use: {"A": "已解决或采纳", …}
std::vector<std::pair<std::string, std::string>> reply_classes(const Settings& s);

// Where a submission date (YYYY-MM-DD, China time) falls: its session (次) in the term and whether it is
// in the plenary window (大会) or between sessions (平时).
struct SessionOf {
    int64_t session = 1;
    bool plenary = false;
};
SessionOf session_of(const Settings& s, const std::string& term_start, const std::string& date);

// ---- filing ----
struct Draft {
    std::string title;
    std::string content;
    std::string category;
    std::string source = "member";          // member | party | special_committee | sector_group
    std::string org_name;                   // party or organisation
    std::optional<int64_t> body_id;         // special committee
    std::optional<int64_t> sector_id;       // sector group
    std::optional<int64_t> lead_member_id;  // staff entering a member's proposal (代录)
    std::vector<int64_t> cosigners;         // members to invite
};
Draft draft_from_json(const nlohmann::json& body);
nlohmann::json create_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Draft& d);
// Edits a draft or a proposal returned for revision (version = the case version).
nlohmann::json update_draft(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t id, int64_t version, const Draft& d);

struct Step {
    int64_t id = 0;
    std::optional<int64_t> version;  // the case version the caller saw; stale → 409
    std::string note;
};
// Invites co-signers and opens the co-signing window. on_paper: staff entering a joint proposal whose
// co-signers signed the paper form add them as confirmed.
nlohmann::json invite_cosigners(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                Lang lang, const Step& s, const std::vector<int64_t>& members, bool on_paper);
// An invited co-signer confirms or declines while the window is open.
nlohmann::json respond_cosign(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              int64_t id, bool accept);
// submit (draft or co-signing → submitted), withdraw (co-signing → draft), resubmit (returned → submitted).
nlohmann::json proposer_step(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const Step& s, const std::string& transition);

// ---- review ----
struct Review {
    Step step;
    std::string outcome;       // start | accept | reject | convert | return
    std::string category;      // accept: may correct the category
    std::string ground;        // reject: one of the committee's grounds
    std::string converted_to;  // convert: opinion | social_info
};
nlohmann::json review_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Review& r);
// Merges the listed proposals into the one named by s.id, which is handled for all of them.
nlohmann::json merge_proposals(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Step& s, const std::vector<int64_t>& others);

// ---- assignment and handling ----
struct UnitRole {
    int64_t unit_id = 0;
    std::string role;  // lead (主办) | co (会办) | split (分办)
};
// Assigns an accepted proposal, or reassigns one after an objection.
nlohmann::json assign_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Step& s, const std::vector<UnitRole>& units);

// What a handling unit does; unit_id: staff acting for a unit (paper), otherwise the caller's own unit.
struct UnitStep {
    Step step;
    std::optional<int64_t> unit_id;
};
nlohmann::json sign_assignment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               const UnitStep& s);
// The reason goes in s.step.note.
nlohmann::json object_assignment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                 Lang lang, const UnitStep& s);
struct Contact {
    UnitStep who;      // what was discussed goes in who.step.note
    std::string form;  // 面商 电话 座谈 书面
    std::string contact_date;
};
nlohmann::json add_contact(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const Contact& c);
struct Extension {
    UnitStep who;
    int64_t days = 0;
    std::string reason;
};
nlohmann::json request_extension(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                 Lang lang, const Extension& e);
nlohmann::json decide_extension(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                Lang lang, const Step& s, bool approve);
nlohmann::json chase_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const Step& s, std::optional<int64_t> unit_id);
struct ReplyText {
    UnitStep who;
    std::string text;
    std::string reply_class;  // reply only
    bool opinion = false;     // a co-handler's opinion rather than a reply
};
nlohmann::json write_reply(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const ReplyText& r);
// Staff accept the reply (optionally correcting its class) or return it to the units.
nlohmann::json review_reply(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const Step& s, bool approve, const std::string& corrected_class);

// ---- feedback and closing ----
struct Feedback {
    Step step;           // the comment goes in step.note
    std::string work;    // 满意 基本满意 不满意
    std::string result;  // 满意 基本满意 不满意
};
// By the proposer of the proposal named (for a merged one, about the case it was merged into), or staff
// recording a paper form. The first 不满意 sends the case to re-handling; a case whose proposers have all
// answered is closed.
nlohmann::json give_feedback(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const Feedback& f);
nlohmann::json close_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              const Step& s);

// ---- attachments (PDF, images, Word; see services/files) ----
// Adds a file as the proposer (draft, co-signing, returned), a handling unit (while handled) or staff; 409
// attachments_closed when the caller may not attach now; 422 with the reason for a bad file.
nlohmann::json add_attachment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              int64_t id, const std::string& filename, std::string_view bytes);
// The file, to whoever may see its proposal; 404 otherwise.
files::Stored get_attachment(storage::Db& db, const auth::Principal& me, int64_t file_id);
// By the uploader while they still may attach, or by staff.
void remove_attachment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                       int64_t file_id);

// ---- reading ----
nlohmann::json get_proposal(storage::Db& db, const auth::Principal& me, int64_t id);

struct ListQuery {
    std::optional<int64_t> year;
    std::optional<int64_t> session;
    std::string state;
    std::string category;
    std::string kind;    // plenary | regular
    std::string source;  // member | party | special_committee | sector_group
    std::optional<int64_t> unit_id;
    std::optional<int64_t> sector_id;
    std::optional<int64_t> member_id;
    std::string q;       // in the title
    std::string metric;  // a figure of the statistics (received, accepted, on_time, class_A …)
    bool overdue = false;
    bool key = false;
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_proposals(storage::Db& db, const auth::Principal& me, const ListQuery& q);
// Serving members a proposer may invite to co-sign (at most 20, the caller left out): {id, name, sector_name,
// is_standing, cppcc_post} only.
nlohmann::json cosigner_candidates(storage::Db& db, const auth::Principal& me, const std::string& q);
std::string export_proposals(storage::Db& db, const auth::Principal& me, const ListQuery& q);
// The year's numbered proposals with proposers, text and replies as a print page (提案汇编); default: this
// year.
std::string proposal_compilation(storage::Db& db, const auth::Principal& me, std::optional<int64_t> year);
// What waits for the caller: co-signing invitations, revisions, feedback (members); signing, replies and
// opinions (units); reviews, objections, extensions, overdue cases (staff).
nlohmann::json todo(storage::Db& db, const auth::Principal& me);
// The year's figures, each with the list filter that drills down to its cases.
nlohmann::json stats(storage::Db& db, const auth::Principal& me, ListQuery q);

// ---- supervision (督办) ----
nlohmann::json mark_key(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                        int64_t id, bool key, const std::vector<std::string>& leaders,
                        const std::string& note);
nlohmann::json add_supervision_note(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                    Lang lang, int64_t id, const std::string& kind, const std::string& text);
struct Campaign {
    std::string name;
    std::string held_on;
    std::string leaders;
    std::string note;
    std::vector<int64_t> proposal_ids;
};
nlohmann::json create_campaign(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Campaign& c);
nlohmann::json list_campaigns(storage::Db& db, const auth::Principal& me, std::optional<int64_t> year);

// ---- unit evaluation (民主评议) ----
nlohmann::json unit_evaluation(storage::Db& db, const auth::Principal& me, std::optional<int64_t> year);
nlohmann::json set_manual_score(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                Lang lang, int64_t year, int64_t unit_id, double score,
                                const std::string& note);

}  // namespace zhixie::proposals
