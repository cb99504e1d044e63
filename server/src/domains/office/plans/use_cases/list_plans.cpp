#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::office::plans {

nlohmann::json list_plans(storage::Db& db, const auth::Principal& me, const PlanQuery& q) {
    std::string sql =
        "SELECT p.id, p.body_id, b.name AS body_name, p.kind, p.period, p.title, COUNT(i.id) AS items, "
        "SUM(CASE WHEN "
        "i.status = 'done' THEN 1 ELSE 0 END) AS done FROM office_plans p JOIN bodies b ON b.id = p.body_id "
        "LEFT "
        "JOIN office_plan_items i ON i.plan_id = p.id AND i.status <> 'cancelled' WHERE p.committee_id = :c";
    storage::Params params{{"c", me.committee_id}};
    if (!q.kind.empty()) {
        sql += " AND p.kind = :k";
        params.emplace_back("k", q.kind);
    }
    if (q.body_id) {
        sql += " AND p.body_id = :b";
        params.emplace_back("b", *q.body_id);
    }
    if (!q.month.empty() && !is_month(q.month)) throw AppError::invalid_field("month", "YYYY-MM");
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query(sql + " GROUP BY p.id, p.body_id, b.name, p.kind, p.period, p.title, b.sort ORDER "
                        "BY p.period DESC, b.sort, p.body_id, p.kind",
                  params)) {
        auto days = period_days(r.s("kind"), r.s("period"));
        if (!q.month.empty()) {  // plans whose period overlaps the month
            auto [first, last] = month_days(q.month);
            if (!days || days->second < first || days->first > last) continue;
        }
        auto o = r.json();
        o["items"] = r.i("items");
        o["done"] = r.i("done");
        o["from"] = days ? days->first : "";
        o["to"] = days ? days->second : "";
        items.push_back(std::move(o));
    }
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json get_plan(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return plan_json(tx, me.committee_id, id);
}

}  // namespace zhixie::office::plans
