#include <fmt/format.h>

#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::office::plans {

nlohmann::json list_notices(storage::Db& db, const auth::Principal& me, std::optional<int> year) {
    std::string sql =
        "SELECT n.id, n.month, n.title, n.created_at, u.display_name AS issued_by FROM office_notices n LEFT "
        "JOIN users "
        "u ON u.id = n.created_by WHERE n.committee_id = :c";
    storage::Params p{{"c", me.committee_id}};
    if (year) {
        sql += " AND n.month LIKE :y";
        p.emplace_back("y", fmt::format("{}-%", *year));
    }
    auto tx = db.read();
    return items_json(tx.query(sql + " ORDER BY n.month DESC", p));
}

nlohmann::json get_notice(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto r = tx.one(
        "SELECT n.id, n.month, n.title, n.content, n.created_at, u.display_name AS issued_by FROM "
        "office_notices n "
        "LEFT JOIN users u ON u.id = n.created_by WHERE n.id = :id AND n.committee_id = :c",
        {{"id", id}, {"c", me.committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    o["content"] = nlohmann::json::parse(r->s("content"));
    return o;
}

}  // namespace zhixie::office::plans
