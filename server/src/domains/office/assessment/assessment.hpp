#pragma once
// Assessment: the quarterly 100-point assessment (季考核) of bodies and staff from a per-committee scoring
// sheet — items with maximum points and deduction rules, some computed from records (plan items done on time,
// supervised tasks done on time), the rest scored with evidence — the annual evaluation (年考评) that ranks
// the year's quarters, and the office's own annual result among the city's units (Daye: 4th in 2021).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::office::assessment {

extern const std::vector<std::string> kSources;  // scored, plan_on_time, tasks_on_time, attendance
const FieldLabels& labels();

// ---- scoring sheets ----
struct ItemDef {
    std::string name;
    double max_points = 0;
    std::string source = "scored";
    std::string rule;           // how points are deducted
    std::optional<int64_t> id;  // an existing item when a sheet is edited
};
struct NewSheet {
    std::string name;
    std::string subject_kind;  // body | staff
    std::vector<ItemDef> items;
};
// The items' maxima must add up to 100.
nlohmann::json create_sheet(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const NewSheet& s);
// Renames a sheet and changes its items: items sent with their id are changed in place (their scores stay),
// new ones are added, the ones left out are removed — 409 sheet_item_scored when one has been scored already.
// The maxima must still add up to 100; the subject kind does not change. 409 stale_version.
struct SheetEdit {
    int64_t version = 0;
    std::string name;
    std::vector<ItemDef> items;
};
nlohmann::json update_sheet(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            int64_t id, const SheetEdit& s);
nlohmann::json list_sheets(storage::Db& db, const auth::Principal& me);
nlohmann::json get_sheet(storage::Db& db, const auth::Principal& me, int64_t id);

// ---- quarterly assessments ----
struct Score {
    int64_t item_id = 0;
    double points = 0;
    std::string evidence;
};
struct NewAssessment {
    int64_t sheet_id = 0;
    std::string quarter;        // 2026Q2
    int64_t subject_id = 0;     // a body or a staff member, as the sheet says
    std::vector<Score> scores;  // one per scored item; computed items are worked out from the records
};
// 422 when a score is above its item's maximum (or below 0); 409 assessment_exists for a second one.
nlohmann::json create_assessment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                 Lang lang, const NewAssessment& a);
// Scores it again (the computed parts are computed again too).
nlohmann::json rescore_assessment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                  Lang lang, int64_t id, int64_t version, const std::vector<Score>& scores);
// The quarter's assessments, best first, with their rank.
nlohmann::json list_assessments(storage::Db& db, const auth::Principal& me, const std::string& quarter,
                                std::optional<int64_t> sheet_id);
nlohmann::json get_assessment(storage::Db& db, const auth::Principal& me, int64_t id);
// What the computed items of a sheet come to for a subject in a quarter, before anything is saved: per item
// its points and the counts behind them ({done, total}); the scored items are listed without points.
nlohmann::json preview_assessment(storage::Db& db, const auth::Principal& me, Lang lang, int64_t sheet_id,
                                  const std::string& quarter, int64_t subject_id);

// ---- the year ----
// Per subject of a sheet: the four quarters, their average and the rank by it.
nlohmann::json annual_evaluation(storage::Db& db, const auth::Principal& me, int year, int64_t sheet_id);
struct AnnualResult {
    int64_t year = 0, rank = 0;
    std::optional<int64_t> units;  // how many units were ranked, when known
    std::string grade, commendations;
    std::optional<int64_t> version;
};
nlohmann::json set_annual_result(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                 Lang lang, const AnnualResult& r);
nlohmann::json list_annual_results(storage::Db& db, const auth::Principal& me);

// ---- inside the caller's transaction (the demo seed uses these too) ----
nlohmann::json create_sheet_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const NewSheet& s);
nlohmann::json set_annual_result_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                                    Lang lang, const AnnualResult& r);
nlohmann::json create_assessment_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                                    Lang lang, const NewAssessment& a);

// ---- shared by the use cases (sheet_record.cpp) ----
nlohmann::json sheet_json(storage::Tx& tx, int64_t committee_id, int64_t id);  // 404 if not this committee's
nlohmann::json assessment_json(storage::Tx& tx, int64_t committee_id, int64_t id);
// Checks a sheet's name and items (maxima adding up to 100) into e.
void check_sheet(storage::Tx& tx, FieldErrors& e, int64_t committee_id, const std::string& name,
                 const std::vector<ItemDef>& items, std::optional<int64_t> sheet_id);
// The points a computed item earns for a subject in a quarter: its maximum × the share done on time (plan
// items, supervised tasks) or attended (meetings and Party life the subject was invited to) — the full
// maximum when there was nothing to do — to one decimal; with the counts behind it.
struct ComputedPart {
    int64_t done = 0, total = 0;
    double points = 0;
};
ComputedPart computed_part(storage::Tx& tx, int64_t committee_id, const std::string& source,
                           double max_points, const std::string& subject_kind, int64_t subject_id,
                           const std::string& quarter);
// The subject's assessment errors (sheet, quarter, subject) into e; the sheet when it is this committee's.
std::optional<nlohmann::json> check_subject(storage::Tx& tx, FieldErrors& e, int64_t committee_id,
                                            int64_t sheet_id, const std::string& quarter, int64_t subject_id);
// Checks the scores against the sheet and writes every item's points and the total.
void write_scores(storage::Tx& tx, int64_t committee_id, Lang lang, const nlohmann::json& sheet,
                  const std::string& quarter, int64_t assessment_id, int64_t subject_id,
                  const std::vector<Score>& scores);

}  // namespace zhixie::office::assessment
