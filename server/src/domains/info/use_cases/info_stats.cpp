#include "domains/info/info.hpp"

namespace zhixie::info {

nlohmann::json info_stats(storage::Db& db, const auth::Principal& me, int year) {
    auto tx = db.read();
    const storage::Params p = {{"c", me.committee_id}, {"y", year}};
    nlohmann::json by_state = nlohmann::json::object();
    int64_t submitted = 0;
    for (const auto& r :
         tx.query("SELECT state, COUNT(*) AS n FROM info_items WHERE committee_id = :c AND year = "
                  ":y GROUP BY state",
                  p)) {
        by_state[r.s("state")] = r.i("n");
        submitted += r.i("n");
    }
    const std::string from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31";
    const storage::Params in_year = {{"c", me.committee_id}, {"from", from}, {"to", to}};
    nlohmann::json adopted = nlohmann::json::object();
    for (const auto& level : kAdoptionLevels)
        adopted[level] = 0;
    for (const auto& r :
         tx.query("SELECT level, COUNT(*) AS n FROM info_adoptions WHERE committee_id = :c AND "
                  "adopted_on BETWEEN :from AND :to GROUP BY level",
                  in_year))
        adopted[r.s("level")] = r.i("n");
    auto count = [&](const std::string& sql) { return tx.one(sql, in_year)->i("n"); };
    return {
        {"year", year},
        {"submitted", submitted},
        {"by_state", by_state},
        {"adopted", adopted},
        {"adopted_items",
         count("SELECT COUNT(DISTINCT item_id) AS n FROM info_adoptions WHERE committee_id = :c "
               "AND adopted_on BETWEEN :from AND :to")},
        {"instructions", count("SELECT COUNT(*) AS n FROM info_instructions WHERE committee_id = :c AND "
                               "instructed_on BETWEEN :from AND :to")},
        {"members",
         tx.one("SELECT COUNT(DISTINCT s.member_id) AS n FROM info_submitters s JOIN info_items i ON "
                "i.id = s.item_id WHERE i.committee_id = :c AND i.year = :y",
                p)
             ->i("n")},
    };
}

}  // namespace zhixie::info
