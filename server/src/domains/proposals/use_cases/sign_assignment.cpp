#include "core/clock.hpp"
#include "domains/proposals/access.hpp"

namespace zhixie::proposals {

// 签收: a unit takes up its assignment; the first unit to sign starts the handling.
nlohmann::json sign_assignment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               const UnitStep& s) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.step.id);
    int64_t unit = acting_unit(tx, who, p, s.unit_id, {"lead", "co", "split"});
    require_state(tx, who, p, {"assigned", "handling"});
    tx.exec(
        "UPDATE proposal_units SET signed_at = COALESCE(signed_at, :now) WHERE proposal_id = :p AND unit_id "
        "= :u "
        "AND active = 1",
        {{"now", clock::now_iso()}, {"p", p.id}, {"u", unit}});
    if (p.state == "assigned") fire(tx, who, actor, p, "accept_assignment", s.step);
    record(tx, actor, "signed", p.id, {{"unit_id", unit}});
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
