#include <set>

#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

namespace {

// One lead unit (主办) with any co-handling units (会办), or one or more split units (分办) that each reply.
void validate_units(storage::Tx& tx, int64_t committee_id, const std::vector<UnitRole>& units,
                    FieldErrors& e) {
    if (units.empty()) return e.add("units", "field_required");
    std::set<int64_t> seen;
    int leads = 0, cos = 0, splits = 0;
    for (const auto& u : units) {
        if (!check::one_of(e, "units", u.role, {"lead", "co", "split"})) continue;
        leads += u.role == "lead";
        cos += u.role == "co";
        splits += u.role == "split";
        if (!seen.insert(u.unit_id).second ||
            !tx.one("SELECT id FROM units WHERE id = :u AND committee_id = :c",
                    {{"u", u.unit_id}, {"c", committee_id}}))
            e.add("units", "field_unknown_ref", {{"value", u.unit_id}});
    }
    if (!((leads == 1 && splits == 0) || (splits > 0 && leads == 0 && cos == 0)))
        e.add("units", "units_invalid_roles");
}

}  // namespace

// 交办 an accepted proposal, or 重新交办 after a unit's objection: units left out of the new list stop
// handling it (their past work stays on the record); the reply clock restarts from now.
nlohmann::json assign_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Step& s, const std::vector<UnitRole>& units) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.id);
    require_state(tx, who, p, {"accepted", "objection"});
    FieldErrors e;
    validate_units(tx, me.committee_id, units, e);
    e.throw_if_any(lang, labels());
    const std::string now = clock::now_iso();
    nlohmann::json before = nlohmann::json::array(), after = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT unit_id, role FROM proposal_units WHERE proposal_id = :p AND active = 1", {{"p", p.id}}))
        before.push_back({{"unit_id", r.i("unit_id")}, {"role", r.s("role")}});
    tx.exec("UPDATE proposal_units SET active = 0, ended_at = :now WHERE proposal_id = :p AND active = 1",
            {{"now", now}, {"p", p.id}});
    for (const auto& u : units) {
        tx.exec(
            "INSERT INTO proposal_units (committee_id, proposal_id, unit_id, role, assigned_at) VALUES (:c, "
            ":p, :u, "
            ":r, :now)",
            {{"c", me.committee_id}, {"p", p.id}, {"u", u.unit_id}, {"r", u.role}, {"now", now}});
        after.push_back({{"unit_id", u.unit_id}, {"role", u.role}});
    }
    fire(tx, who, actor, p, p.state == "accepted" ? "assign" : "reassign", s);
    record(tx, actor, p.state == "accepted" ? "assigned" : "reassigned", p.id,
           {{"before", {{"units", before}}}, {"after", {{"units", after}}}});
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
