#include <set>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// 集中督办: a campaign in which leaders visit the units handling a set of proposals.
nlohmann::json create_campaign(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Campaign& c) {
    FieldErrors e;
    check::required(e, "name", c.name, 100);
    check::date(e, "held_on", c.held_on, true);
    if (c.proposal_ids.empty()) e.add("proposal_ids", "field_required");
    auto tx = db.write();
    std::set<int64_t> seen;
    for (int64_t id : c.proposal_ids)
        if (!seen.insert(id).second ||
            !tx.one("SELECT id FROM proposals WHERE id = :id AND committee_id = :c AND number IS NOT NULL",
                    {{"id", id}, {"c", me.committee_id}}))
            e.add("proposal_ids", "field_unknown_ref", {{"value", id}});
    e.throw_if_any(lang, labels());
    int64_t id = tx.insert(
        "INSERT INTO supervision_campaigns (committee_id, year, name, held_on, leaders, note, created_at) "
        "VALUES (:c, "
        ":y, :n, :on, :l, :note, :now) RETURNING id",
        {{"c", me.committee_id},
         {"y", int64_t{std::stoi(c.held_on.substr(0, 4))}},
         {"n", c.name},
         {"on", c.held_on},
         {"l", c.leaders},
         {"note", c.note},
         {"now", clock::now_iso()}});
    for (int64_t p : c.proposal_ids)
        tx.exec("INSERT INTO supervision_campaign_proposals (campaign_id, proposal_id) VALUES (:c, :p)",
                {{"c", id}, {"p", p}});
    audit::append(tx, actor, "proposal.campaign_created", "supervision_campaign", std::to_string(id),
                  {{"name", c.name}, {"proposals", c.proposal_ids}});
    tx.commit();
    return {{"id", id},
            {"name", c.name},
            {"held_on", c.held_on},
            {"leaders", c.leaders},
            {"note", c.note},
            {"proposal_ids", c.proposal_ids}};
}

nlohmann::json list_campaigns(storage::Db& db, const auth::Principal& me, std::optional<int64_t> year) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT id, year, name, held_on, leaders, note FROM supervision_campaigns WHERE committee_id = "
             ":c AND "
             "year = :y ORDER BY held_on, id",
             {{"c", me.committee_id}, {"y", year.value_or(std::stoll(clock::today_cst().substr(0, 4)))}})) {
        auto o = r.json();
        o["proposals"] = nlohmann::json::array();
        for (const auto& p :
             tx.query("SELECT p.id, p.number, p.title FROM supervision_campaign_proposals cp JOIN "
                      "proposals p ON p.id = cp.proposal_id WHERE cp.campaign_id = :id ORDER BY p.id",
                      {{"id", r.i("id")}}))
            o["proposals"].push_back(p.json());
        items.push_back(o);
    }
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::proposals
