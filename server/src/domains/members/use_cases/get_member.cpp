#include "domains/members/members.hpp"

namespace zhixie::members {

// Everything about one member in one place: the record, special committees, liaison links,
// contact-change requests and the sign-in account.
nlohmann::json get_member(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto o = member_json(tx, me.committee_id, id);
    // Only those who keep the roster see whole ID card numbers; other readers see the region and the last
    // four.
    if (!me.has("org:member:manage") && o.contains("id_card") && o["id_card"].is_string()) {
        const std::string full = o["id_card"];
        if (full.size() > 10)
            o["id_card"] =
                full.substr(0, 6) + std::string(full.size() - 10, '*') + full.substr(full.size() - 4);
    }
    nlohmann::json links = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT l.id, l.level, l.from_member_id, fm.name AS from_name, l.to_member_id, tm.name AS "
             "to_name, "
             "l.to_contact_id, pc.name AS contact_name, (SELECT MAX(contact_date) FROM contact_logs cl WHERE "
             "cl.link_id = l.id) AS last_contact FROM liaison_links l JOIN members fm ON fm.id = "
             "l.from_member_id "
             "LEFT JOIN members tm ON tm.id = l.to_member_id LEFT JOIN public_contacts pc ON pc.id = "
             "l.to_contact_id "
             "WHERE l.committee_id = :c AND l.ended_at IS NULL AND (l.from_member_id = :m OR l.to_member_id "
             "= :m) "
             "ORDER BY l.id",
             {{"c", me.committee_id}, {"m", id}}))
        links.push_back(r.json());
    o["liaison"] = links;
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT id, changes, status, requested_at, decided_at, note FROM "
                                  "contact_change_requests WHERE member_id "
                                  "= :m AND committee_id = :c ORDER BY id DESC",
                                  {{"m", id}, {"c", me.committee_id}})) {
        auto x = r.json();
        x["changes"] = nlohmann::json::parse(r.s("changes"), nullptr, false);
        changes.push_back(x);
    }
    o["contact_changes"] = changes;
    nlohmann::json terms = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT m.id, m.term_id, t.name AS term_name, m.status FROM members m JOIN "
                                  "terms t ON t.id = m.term_id "
                                  "WHERE m.person_uid = :p AND m.committee_id = :c ORDER BY t.number",
                                  {{"p", o["person_uid"].get<std::string>()}, {"c", me.committee_id}}))
        terms.push_back(r.json());
    o["terms"] = terms;
    return o;
}

}  // namespace zhixie::members
