#include <fmt/format.h>

#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/villages/villages.hpp"

namespace zhixie::office::villages {

nlohmann::json list_villages(storage::Db& db, const auth::Principal& me, int year) {
    auto tx = db.read();
    const std::string today = clock::today_cst();
    nlohmann::json items = nlohmann::json::array();
    int64_t all_fen = 0, year_fen = 0;
    for (const auto& r : tx.query(
             "SELECT v.id, v.name, v.township, v.county, v.version, "
             "(SELECT CAST(COALESCE(SUM(f.amount_fen), 0) AS BIGINT) FROM office_village_funds f WHERE "
             "f.village_id = v.id) "
             "AS "
             "funds_fen, "
             "(SELECT CAST(COALESCE(SUM(f.amount_fen), 0) AS BIGINT) FROM office_village_funds f WHERE "
             "f.village_id = v.id "
             "AND "
             "f.received_on BETWEEN :from AND :to) AS year_funds_fen, "
             "(SELECT COUNT(*) FROM office_village_projects p WHERE p.village_id = v.id) AS projects, "
             "(SELECT COUNT(*) FROM office_village_cadres vc WHERE vc.village_id = v.id AND vc.start_date <= "
             ":today AND (vc.end_date = '' OR vc.end_date >= :today)) AS cadres_now "
             "FROM office_villages v WHERE v.committee_id = :c ORDER BY v.county, v.township, v.name",
             {{"c", me.committee_id},
              {"from", fmt::format("{}-01-01", year)},
              {"to", fmt::format("{}-12-31", year)},
              {"today", today}})) {
        auto item = r.json();
        for (const char* n : {"funds_fen", "year_funds_fen", "projects", "cadres_now"})
            item[n] = r.i(n);  // SQLite reports sub-select values as text
        items.push_back(item);
        all_fen += r.i("funds_fen");
        year_fen += r.i("year_funds_fen");
    }
    return {{"items", items},
            {"total", items.size()},
            {"year", year},
            {"funds_fen", all_fen},
            {"year_funds_fen", year_fen}};
}

nlohmann::json get_village(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return village_json(tx, me.committee_id, id);
}

}  // namespace zhixie::office::villages
