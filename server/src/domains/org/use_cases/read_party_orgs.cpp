#include <algorithm>
#include <map>

#include "core/error.hpp"
#include "domains/org/org.hpp"
#include "domains/org/party.hpp"

namespace zhixie::org {

namespace {

int level_of(const std::string& kind) {
    return static_cast<int>(std::find(kPartyOrgKinds.begin(), kPartyOrgKinds.end(), kind) -
                            kPartyOrgKinds.begin());
}

const char* kOrgColumns =
    "SELECT o.id, o.parent_id, o.name, o.kind, o.body_id, b.name AS body_name, o.sort, o.version, "
    "(SELECT COUNT(*) FROM party_org_members m WHERE m.party_org_id = o.id) AS member_count "
    "FROM party_orgs o LEFT JOIN bodies b ON b.id = o.body_id ";

nlohmann::json org_row_json(const storage::Row& r) {
    auto o = r.json();
    o["member_count"] = r.i("member_count");
    return o;
}

}  // namespace

void check_party_parent(storage::Tx& tx, int64_t committee_id, const std::string& kind,
                        const std::optional<int64_t>& parent_id) {
    if (kind == "leading_group") {
        if (parent_id) throw AppError::invalid_field("parent_id", "none for leading_group");
        return;
    }
    if (!parent_id) throw AppError::missing_field("parent_id");
    auto parent = tx.one("SELECT kind FROM party_orgs WHERE id = :p AND committee_id = :c",
                         {{"p", *parent_id}, {"c", committee_id}});
    if (!parent) throw AppError::invalid_field("parent_id", "no such organisation");
    if (level_of(parent->s("kind")) >= level_of(kind))
        throw AppError::invalid_field("parent_id", "not a higher level");
}

nlohmann::json party_org_summary(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(std::string(kOrgColumns) + "WHERE o.id = :id AND o.committee_id = :c",
                    {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return org_row_json(*r);
}

nlohmann::json party_org_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto o = party_org_summary(tx, committee_id, id);
    nlohmann::json members = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT m.id, m.person_kind, m.person_id, m.role, "
             "CASE m.person_kind WHEN 'staff' THEN s.name ELSE p.name END AS name "
             "FROM party_org_members m "
             "LEFT JOIN staff s ON m.person_kind = 'staff' AND s.id = m.person_id AND s.committee_id = :c "
             "LEFT JOIN members p ON m.person_kind = 'member' AND p.id = m.person_id AND p.committee_id = :c "
             "WHERE m.party_org_id = :id ORDER BY CASE m.role WHEN '书记' THEN 0 WHEN '副书记' THEN 1 "
             "WHEN '组长' THEN 2 WHEN '副组长' THEN 3 WHEN '委员' THEN 4 ELSE 5 END, m.id",
             {{"id", id}, {"c", committee_id}}))
        members.push_back(r.json());
    o["members"] = members;
    nlohmann::json children = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT id, name, kind FROM party_orgs WHERE parent_id = :id AND committee_id = :c "
                  "ORDER BY sort, id",
                  {{"id", id}, {"c", committee_id}}))
        children.push_back(r.json());
    o["children"] = children;
    return o;
}

nlohmann::json get_party_org(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return party_org_json(tx, me.committee_id, id);
}

nlohmann::json party_tree(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    std::vector<nlohmann::json> all;
    std::map<int64_t, size_t> at;
    for (const auto& r :
         tx.query(std::string(kOrgColumns) + "WHERE o.committee_id = :c ORDER BY o.sort, o.id",
                  {{"c", me.committee_id}})) {
        at[r.i("id")] = all.size();
        all.push_back(org_row_json(r));
        all.back()["children"] = nlohmann::json::array();
    }
    // attach children bottom-up (deepest levels first) so each subtree is complete when it is copied
    std::vector<size_t> order(all.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return level_of(all[a]["kind"]) > level_of(all[b]["kind"]); });
    nlohmann::json roots = nlohmann::json::array();
    std::vector<std::vector<size_t>> kids(all.size());
    for (size_t k : order) {
        std::sort(kids[k].begin(), kids[k].end());
        for (size_t child : kids[k])
            all[k]["children"].push_back(all[child]);
        const auto& parent = all[k]["parent_id"];
        if (!parent.is_null() && at.count(parent.get<int64_t>()))
            kids[at[parent.get<int64_t>()]].push_back(k);
    }
    for (size_t k = 0; k < all.size(); ++k)
        if (all[k]["parent_id"].is_null() || !at.count(all[k]["parent_id"].get<int64_t>()))
            roots.push_back(all[k]);
    return {{"items", roots}, {"total", all.size()}};
}

}  // namespace zhixie::org
