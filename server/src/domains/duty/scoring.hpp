#pragma once
// Scores (履职得分) of a committee-year: one aggregating pass over the year's confirmed duty records (per
// member, kind and whether the record is a co-signature), then the rules applied in memory; the results are
// stored in duty_scores with each member's rank. Records written or retracted mark the committee-year
// stale (services/duty); ensure_fresh() recomputes before the scores are shown, and changing the rules
// recomputes at once.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domains/duty/rules.hpp"
#include "storage/db.hpp"

namespace zhixie::duty {

// What the aggregating pass gives: a member's confirmed records of one kind.
struct Tally {
    int64_t member_id = 0;
    std::string kind;
    bool cosigned = false;  // co-signatures of joint proposals (source_type proposal_cosign)
    int64_t count = 0;
    double shares = 0;  // the sum of the records' shares
};

struct KindScore {
    int64_t count = 0;
    double points = 0;  // after the cap; negative for the absence penalty
    bool capped = false;
};

struct FiveOneProgress {
    std::string code, name;
    int64_t count = 0, min = 1;
    bool met() const { return count >= min; }
};

struct Score {
    int64_t member_id = 0;
    double total = 0;  // base + points, within 0 … full score, to two decimals
    std::string grade;
    int64_t ranking = 0;  // 1 = highest; equal totals share a rank
    std::map<std::string, KindScore> kinds;
    std::vector<FiveOneProgress> five_ones;
    int64_t five_ones_met() const;
    std::vector<std::string> five_ones_missing() const;  // codes
};

// Scores every member named (and everyone with a tally), highest total first, ranked.
std::vector<Score> score_all(const Rules& rules, const std::vector<int64_t>& members,
                             const std::vector<Tally>& tallies);
// One member's score from their tallies (ranking 0: not ranked).
Score score_member(const Rules& rules, int64_t member_id, const std::vector<Tally>& tallies);

// The confirmed records of the committee-year, aggregated (member_id: only that member's).
std::vector<Tally> tallies(storage::Tx& tx, int64_t committee_id, int64_t year,
                           std::optional<int64_t> member_id = std::nullopt);

// Recomputes and stores the committee-year's scores; returns how many members were scored.
int64_t recompute(storage::Tx& tx, int64_t committee_id, int64_t year);
// Recomputes when records changed since the scores were computed (or they never were).
void ensure_fresh(storage::Db& db, int64_t committee_id, int64_t year);

// Every committee-year that has records or rules (of `year` only, when given), committed in batches of 20
// committee-years: {committee_years, members, milliseconds}.
nlohmann::json recompute_all(storage::Db& db, std::optional<int64_t> year);

// {kind: {count, points, capped}} and [{code, name, count, min, met}] as stored and shown.
nlohmann::json kinds_json(const Score& s);
nlohmann::json five_ones_json(const Score& s);

}  // namespace zhixie::duty
