#include <chrono>

#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// A unit that is not the right one asks to be relieved (申请调整) within the committee's objection window
// after its assignment; staff then reassign.
nlohmann::json object_assignment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                 Lang lang, const UnitStep& s) {
    FieldErrors e;
    check::required(e, "reason", s.step.note, 2000);
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.step.id);
    int64_t unit = acting_unit(tx, who, p, s.unit_id, {"lead", "co", "split"});
    require_state(tx, who, p, {"assigned", "handling"});
    auto row = tx.one(
        "SELECT assigned_at FROM proposal_units WHERE proposal_id = :p AND unit_id = :u AND active = 1",
        {{"p", p.id}, {"u", unit}});
    const int64_t days = load_settings(tx, me.committee_id).objection_days;
    const std::string closes =
        clock::iso(clock::parse_iso(row->s("assigned_at")) + std::chrono::hours(24 * days));
    if (clock::now_iso() > closes)
        throw AppError::conflict("objection_window_closed", {{"closed_at", closes}});
    tx.exec(
        "UPDATE proposal_units SET objection = :why, objected_at = :now WHERE proposal_id = :p AND unit_id = "
        ":u AND "
        "active = 1",
        {{"why", s.step.note}, {"now", clock::now_iso()}, {"p", p.id}, {"u", unit}});
    fire(tx, who, actor, p, "object", s.step);
    record(tx, actor, "objected", p.id, {{"unit_id", unit}, {"reason", s.step.note}});
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
