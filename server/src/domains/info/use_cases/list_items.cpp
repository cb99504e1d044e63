#include "domains/info/info.hpp"
#include "domains/office/common.hpp"

namespace zhixie::info {

nlohmann::json list_items(storage::Db& db, const auth::Principal& me, const ItemQuery& q) {
    auto tx = db.read();
    std::string where = "FROM info_items i WHERE i.committee_id = :c";
    storage::Params p = {{"c", me.committee_id}};
    if (q.mine) {
        // a member sees the items they submitted, and the ones those were merged into
        where += " AND EXISTS (SELECT 1 FROM info_submitters s WHERE s.item_id = i.id AND s.member_id = :me)";
        p.emplace_back("me", member_of(tx, me).value_or(0));
    }
    if (q.year) {
        where += " AND i.year = :y";
        p.emplace_back("y", *q.year);
    }
    if (!q.state.empty()) {
        where += " AND i.state = :s";
        p.emplace_back("s", q.state);
    }
    if (q.member_id) {
        where += " AND EXISTS (SELECT 1 FROM info_submitters s WHERE s.item_id = i.id AND s.member_id = :m)";
        p.emplace_back("m", *q.member_id);
    }
    if (!q.level.empty()) {
        where += " AND EXISTS (SELECT 1 FROM info_adoptions a WHERE a.item_id = i.id AND a.level = :l)";
        p.emplace_back("l", q.level);
    }
    const std::string columns =
        "i.id, i.year, i.title, i.state, i.submitted_on, i.merged_into, i.version, "
        "(SELECT COUNT(*) FROM info_submitters s WHERE s.item_id = i.id) AS submitter_count, "
        "(SELECT MIN(m.name) FROM info_submitters s JOIN members m ON m.id = s.member_id WHERE s.item_id = "
        "i.id) "
        "AS first_submitter, "
        "COALESCE((SELECT SUM(a.points) FROM info_adoptions a WHERE a.item_id = i.id), 0) + "
        "COALESCE((SELECT SUM(n.points) FROM info_instructions n WHERE n.item_id = i.id), 0) AS score, "
        "(SELECT COUNT(*) FROM info_instructions n WHERE n.item_id = i.id) AS instruction_count";
    auto out = office::page_of(tx, columns, where, "i.submitted_on DESC, i.id DESC", p, q.page, q.page_size,
                               [](const storage::Row& r) {
                                   auto o = r.json();  // SQLite reports the subqueries as text
                                   for (const char* n : {"submitter_count", "score", "instruction_count"})
                                       o[n] = r.i(n);
                                   return o;
                               });
    for (auto& item : out["items"]) {
        nlohmann::json levels = nlohmann::json::array();
        for (const auto& a :
             tx.query("SELECT level FROM info_adoptions WHERE item_id = :id ORDER BY adopted_on, id",
                      {{"id", item["id"].get<int64_t>()}}))
            levels.push_back(a.s("level"));
        item["levels"] = levels;
    }
    return out;
}

nlohmann::json get_item(storage::Db& db, const auth::Principal& me, int64_t id, bool mine) {
    auto tx = db.read();
    if (mine && !tx.one("SELECT 1 AS x FROM info_submitters WHERE committee_id = :c AND item_id = :id AND "
                        "member_id = :m",
                        {{"c", me.committee_id}, {"id", id}, {"m", member_of(tx, me).value_or(0)}}))
        throw AppError::not_found();
    return item_json(tx, me.committee_id, id);
}

}  // namespace zhixie::info
