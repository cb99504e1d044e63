#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// 催办: staff press the units (all, or the one named) on a case still being handled.
nlohmann::json chase_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const Step& s, std::optional<int64_t> unit_id) {
    FieldErrors e;
    check::required(e, "note", s.note, 2000);
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.id);
    if (unit_id &&
        !tx.one("SELECT id FROM proposal_units WHERE proposal_id = :p AND unit_id = :u AND active = 1",
                {{"p", p.id}, {"u", *unit_id}}))
        e.add("unit", "field_unknown_ref", {{"value", *unit_id}});
    e.throw_if_any(lang, labels());
    require_state(tx, who, p, {"assigned", "objection", "handling", "rehandling"});
    int64_t id = tx.insert(
        "INSERT INTO proposal_chases (committee_id, proposal_id, unit_id, note, chased_by, chased_at) VALUES "
        "(:c, "
        ":p, :u, :n, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"p", p.id},
         {"u", nullable_id(unit_id)},
         {"n", s.note},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    record(tx, actor, "chased", p.id,
           {{"chase", id},
            {"unit_id", unit_id ? nlohmann::json(*unit_id) : nlohmann::json(nullptr)},
            {"note", s.note}});
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
