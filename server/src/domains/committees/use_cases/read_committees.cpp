#include <map>

#include "core/error.hpp"
#include "domains/committees/committees.hpp"

namespace zhixie::committees {

nlohmann::json list_for_sign_in(storage::Db& db) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT code, name, level FROM committees ORDER BY id"))
        items.push_back(r.json());
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json current(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    auto row =
        tx.one("SELECT id, parent_id, code, name, short_name, level, region FROM committees WHERE id = :id",
               {{"id", me.committee_id}});
    if (!row) throw AppError::not_found();
    nlohmann::json out = row->json();
    nlohmann::json chain = nlohmann::json::array();
    auto parent = row->opt_i("parent_id");
    while (parent) {
        auto p = tx.one("SELECT id, parent_id, code, name, level FROM committees WHERE id = :id",
                        {{"id", *parent}});
        if (!p) break;
        chain.push_back(
            {{"id", p->i("id")}, {"code", p->s("code")}, {"name", p->s("name")}, {"level", p->s("level")}});
        parent = p->opt_i("parent_id");
    }
    out["parent"] = chain.empty() ? nlohmann::json(nullptr) : chain.front();
    out["ancestors"] = chain;
    return out;
}

nlohmann::json subtree(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    auto rows = tx.query("SELECT id, parent_id, code, name, level, region FROM committees ORDER BY id");
    std::multimap<int64_t, const storage::Row*> children;
    for (const auto& r : rows)
        if (auto p = r.opt_i("parent_id")) children.emplace(*p, &r);
    nlohmann::json items = nlohmann::json::array();
    // depth-first from the caller's committee
    std::vector<std::pair<const storage::Row*, int>> stack;
    for (const auto& r : rows)
        if (r.i("id") == me.committee_id) stack.emplace_back(&r, 0);
    while (!stack.empty()) {
        auto [r, depth] = stack.back();
        stack.pop_back();
        auto o = r->json();
        o["depth"] = depth;
        items.push_back(o);
        auto range = children.equal_range(r->i("id"));
        std::vector<const storage::Row*> kids;
        for (auto it = range.first; it != range.second; ++it)
            kids.push_back(it->second);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.emplace_back(*it, depth + 1);
    }
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::committees
