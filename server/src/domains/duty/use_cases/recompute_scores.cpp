#include "audit/audit_log.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/scoring.hpp"

namespace zhixie::duty {

// On demand (staff): the year's scores from the records as they are now.
nlohmann::json recompute_scores(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                int64_t year) {
    auto tx = db.write();
    const int64_t scored = recompute(tx, me.committee_id, year);
    audit::append(tx, actor, "duty.scores_recomputed", "duty_scores", std::to_string(year),
                  {{"members_scored", scored}});
    auto at = tx.one("SELECT computed_at FROM duty_score_state WHERE committee_id = :c AND year = :y",
                     {{"c", me.committee_id}, {"y", year}});
    tx.commit();
    return {{"year", year}, {"members_scored", scored}, {"computed_at", at ? at->s("computed_at") : ""}};
}

}  // namespace zhixie::duty
