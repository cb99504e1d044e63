#pragma once
// Turning results into action (成果转化运用): each report — inspection (视察), research (调研), consultation
// (协商), supervision (监督), 建言要报, 信息专报 — is a case of the committee's "conversion_report" workflow:
// 呈报 → 签批 (a leader signs an instruction) → 交办 (to handling units or the vice-mayor in charge) → 督办 →
// 反馈 (each unit acknowledges, then reports back with its outcomes) → 通报 → 考核. The rates (批示率,
// 交办率, 承办率, 办成率) and the outcome tallies are computed from these records (metrics.cpp).
//
// The writing use cases work inside the caller's transaction (the routes open one per request; the demo seed
// runs a whole committee's year in one), so they take a Tx and return the report's id.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::conversion {

inline constexpr const char* kWorkflow = "conversion_report";
const FieldLabels& labels();

struct Kind {
    const char* code;
    const char* name_zh;
    const char* name_en;
};
// The report types, in display order.
const std::vector<Kind>& kinds();
// Adds kind_name_zh and kind_name_en for o["kind"].
void name_kind(nlohmann::json& o);

// Who the caller is to this domain: staff act for any unit (on paper); a unit user only for their units.
struct Caller {
    const auth::Principal& me;
    std::vector<int64_t> unit_ids;  // the handling units the caller works for
    bool reads_all = false;         // conversion:report:read
    bool staff = false;             // conversion:report:assign

    int64_t committee() const { return me.committee_id; }
};
Caller caller_of(storage::Tx& tx, const auth::Principal& me);

struct NewReport {
    std::string kind, title, body, submitted_on;
    std::optional<int64_t> year;     // defaults to the year of submitted_on
    std::optional<int64_t> body_id;  // the submitting working body
    std::string source_kind;         // what it came from (e.g. a consultation activity), free
    std::optional<int64_t> source_id;
};
// 呈报: records the report and starts its case.
int64_t submit_report(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang,
                      const NewReport& r);

struct Instruction {
    std::string text;
    std::string signed_on;           // defaults to today
    std::optional<int64_t> version;  // of the case, as the client saw it (409 if stale)
};
// 签批: the signed-in leader's instruction (text and date). A second leader may add one.
void instruct_report(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
                     const Instruction& i);

struct Assignment {
    std::vector<int64_t> unit_ids;
    std::string vice_mayor;  // the vice-mayor in charge, by name/title ("" when none)
    std::string deadline;    // optional
    std::string note;
    std::optional<int64_t> version;
};
// 交办: to one or more handling units and/or the vice-mayor in charge.
void assign_report(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
                   const Assignment& a);

// 承办: the caller's unit (or, for staff, the assignment named) acknowledges the item. 409 if already done.
void acknowledge_report(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
                        std::optional<int64_t> assignment_id);

struct Outcomes {
    int64_t documents = 0, problems = 0, incidents = 0, matters = 0;
};
struct Feedback {
    std::optional<int64_t> assignment_id;
    std::optional<bool> completed;
    std::string text;
    Outcomes outcomes;
    std::string outcome_text;
};
// 反馈: the unit reports back once (completed or not) with its outcomes; 409 when it already did. When every
// assignment has reported back, the case moves on to 已反馈.
void report_back(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
                 const Feedback& f);

struct Step {
    std::string transition;  // supervise (督办), notify (通报), assess (考核)
    std::string note;
    std::optional<int64_t> version;
};
void take_step(storage::Tx& tx, const Caller& who, const audit::Actor& actor, Lang lang, int64_t id,
               const Step& s);

// The report with its instructions, assignments, case (state, history, what the caller may do). 404 if the
// caller may not see it (another committee's, or a unit user's item not assigned to their unit).
nlohmann::json report_json(storage::Tx& tx, const Caller& who, int64_t id);
nlohmann::json get_report(storage::Db& db, const auth::Principal& me, int64_t id);

struct ReportQuery {
    std::optional<int64_t> year;
    std::string kind, state, q;
    bool mine = false;  // only items assigned to the caller's units (the unit's inbox)
    int64_t page = 1, page_size = 20;
};
nlohmann::json list_reports(storage::Db& db, const auth::Principal& me, const ReportQuery& q);

// ---- the rates (metrics.cpp) ----
// What one report contributes to the figures.
struct Facts {
    int64_t id = 0;
    std::string kind;
    bool instructed = false;    // at least one leader's instruction
    bool assigned = false;      // assigned to at least one unit (or the vice-mayor)
    bool acknowledged = false;  // every assignee acknowledged it
    bool completed = false;     // every assignee reported it done
    Outcomes outcomes;
};
// The figures of a set of reports: counts, the four rates (0 with an explanation when the denominator is 0),
// outcome tallies.
nlohmann::json compute_figures(const std::vector<Facts>& facts);
// Does the report count in this figure (submitted, instructed, …, documents, problems, …)? 422 unknown
// figure.
bool counts_in(const Facts& f, const std::string& figure);
// The definition of each rate in both languages.
const nlohmann::json& rate_definitions();

nlohmann::json metrics(storage::Db& db, const auth::Principal& me, int64_t year, const std::string& kind);
// The reports behind one figure.
nlohmann::json metric_items(storage::Db& db, const auth::Principal& me, int64_t year, const std::string& kind,
                            const std::string& figure);

// ---- shared by the use cases (report_record.cpp) ----
struct Report {
    int64_t id = 0;
    int64_t case_id = 0;
    std::string state;
    int64_t version = 0;
    std::string title;
};
// The condition (on alias r) for the reports the caller may see (mine: only their units' items), adding its
// parameters.
std::string visible_where(const Caller& who, storage::Params& params, bool mine);
// The report if the caller may see it; 404 otherwise.
Report visible(storage::Tx& tx, const Caller& who, int64_t id);
// Fires a transition of the report's case (permission, state and version checked by the engine).
void fire(storage::Tx& tx, const Caller& who, const audit::Actor& actor, const Report& r,
          const std::string& transition, std::optional<int64_t> version, const std::string& note);
// The assignment the caller acts on: the one named (staff: any of the report's; a unit: only its own), or
// else the first of the caller's that is still `pending`, or else the caller's first (so the use case can say
// it was already done). 404 when the caller has no assignment on this report.
storage::Row acting_assignment(storage::Tx& tx, const Caller& who, int64_t report_id,
                               std::optional<int64_t> assignment_id,
                               const std::function<bool(const storage::Row&)>& pending);
// The unit's name, or the vice-mayor's, of an acting_assignment row.
std::string assignee_name(const storage::Row& assignment);
void record(storage::Tx& tx, const audit::Actor& actor, const std::string& action, int64_t id,
            const nlohmann::json& summary);

}  // namespace zhixie::conversion
