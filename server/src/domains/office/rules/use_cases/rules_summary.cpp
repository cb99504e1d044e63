#include <map>

#include <fmt/format.h>

#include "domains/office/rules/rules.hpp"

namespace zhixie::office::rules {

nlohmann::json rules_summary(storage::Db& db, const auth::Principal& me, int year) {
    auto tx = db.read();
    const std::string from = fmt::format("{}-01-01", year), to = fmt::format("{}-12-31", year);
    auto changed = [](const char* action) {
        return std::string(
                   "SUM(CASE WHEN EXISTS (SELECT 1 FROM office_rule_versions v WHERE v.rule_id = r.id AND "
                   "v.action = "
                   "'") +
               action + "' AND v.effective_from BETWEEN :from AND :to) THEN 1 ELSE 0 END)";
    };
    std::map<std::string, storage::Row> by_category;
    for (auto& r :
         tx.query("SELECT r.category, COUNT(*) AS total, SUM(CASE WHEN r.status = 'in_force' THEN 1 ELSE 0 "
                  "END) AS in_force, " +
                      changed("establish") + " AS established, " + changed("revise") +
                      " AS revised, SUM(CASE WHEN r.abolished_on BETWEEN :from AND :to THEN 1 ELSE 0 END) "
                      "AS abolished FROM office_rules r WHERE r.committee_id = :c GROUP BY r.category",
                  {{"c", me.committee_id}, {"from", from}, {"to", to}}))
        by_category.emplace(r.s("category"), r);
    const char* counts[] = {"total", "in_force", "established", "revised", "abolished"};
    nlohmann::json totals = nlohmann::json::object(), rows = nlohmann::json::array();
    for (const char* k : counts)
        totals[k] = 0;
    for (const auto& category : kCategories) {
        nlohmann::json row{{"category", category}};
        auto it = by_category.find(category);
        for (const char* k : counts) {
            int64_t n = it == by_category.end() ? 0 : it->second.i(k);
            row[k] = n;
            totals[k] = totals[k].get<int64_t>() + n;
        }
        rows.push_back(row);
    }
    totals["year"] = year;
    totals["by_category"] = rows;
    return totals;
}

}  // namespace zhixie::office::rules
