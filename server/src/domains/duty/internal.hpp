#pragma once
// Shared by the duty use cases.
#include <cstdint>
#include <map>
#include <optional>
#include <vector>
#include <string>

#include <nlohmann/json.hpp>

#include "domains/duty/rules.hpp"
#include "domains/duty/scoring.hpp"
#include "storage/db.hpp"

namespace zhixie::duty {

// The year's rules as get_rules() shows them.
nlohmann::json rules_response(storage::Tx& tx, int64_t committee_id, int64_t year);

// The member's dossier as JSON; 404 unless the member is the committee's. Callers make the scores fresh
// first.
nlohmann::json dossier_json(storage::Tx& tx, int64_t committee_id, int64_t member_id, int64_t year);

// {code, name} of the five-ones codes given, in the rules' order.
nlohmann::json five_one_names(const Rules& rules, const nlohmann::json& codes);

// The ranked scores a ScoreQuery selects: "FROM (…) x WHERE …" with its parameters, the columns to read
// and the rules of the year (for grade bounds and five-ones names).
struct ScoreSelection {
    std::string from_where;
    storage::Params params;
    Rules rules;
};
struct ScoreQuery;
ScoreSelection select_scores(storage::Tx& tx, int64_t committee_id, const ScoreQuery& q);
extern const char* kScoreColumns;
// One row of the list: the stored JSON columns parsed, the missing five-ones named, bodies added.
nlohmann::json score_row_json(const storage::Row& r, const Rules& rules, const nlohmann::json& bodies);
// member id → [body names] for the rows given.
std::map<int64_t, nlohmann::json> bodies_of(storage::Tx& tx, const storage::Rows& rows);

// The status of a duty record or report for people: 已确认 待审核 未通过.
std::string status_name(const std::string& status);

// ---- notices ----
struct Candidate {
    int64_t member_id = 0;
    std::string name, sector_name, kind;
    std::optional<int64_t> sector_id;
    nlohmann::json reasons;
};
// Everyone the year's measures make due a notice (both kinds; a member may be due both), lowest score first.
// Callers make the scores fresh first.
std::vector<Candidate> candidates(storage::Tx& tx, int64_t committee_id, int64_t year);
// A notice as the API shows it, from a row of kNoticeSelect.
extern const char* kNoticeSelect;
nlohmann::json notice_json(const storage::Row& r);
// The committee's notice (404 otherwise), for a change: 409 duty_notice_withdrawn when withdrawn,
// stale_version when the version is not current.
storage::Row notice_for_change(storage::Tx& tx, int64_t committee_id, int64_t id, int64_t version);

}  // namespace zhixie::duty
