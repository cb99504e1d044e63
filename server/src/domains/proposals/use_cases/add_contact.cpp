#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// A handling unit's contact with the proposer (面商/电话/座谈/书面), which the evaluation counts.
nlohmann::json add_contact(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const Contact& c) {
    FieldErrors e;
    if (check::date(e, "contact_date", c.contact_date, true) && c.contact_date > clock::today_cst())
        e.add("contact_date", "field_invalid_date", {{"value", c.contact_date}});
    check::one_of(e, "form", c.form, {"面商", "电话", "座谈", "书面"});
    check::required(e, "note", c.who.step.note, 2000);
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, c.who.step.id);
    int64_t unit = acting_unit(tx, who, p, c.who.unit_id, {"lead", "co", "split"});
    e.throw_if_any(lang, labels());
    require_state(tx, who, p, {"assigned", "handling", "rehandling", "replied", "reply_reviewed"});
    int64_t id = tx.insert(
        "INSERT INTO proposal_contacts (committee_id, proposal_id, unit_id, form, contact_date, note, "
        "written_by, "
        "created_at) VALUES (:c, :p, :u, :f, :d, :n, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"p", p.id},
         {"u", unit},
         {"f", c.form},
         {"d", c.contact_date},
         {"n", c.who.step.note},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    record(tx, actor, "contact_recorded", p.id,
           {{"contact", id}, {"unit_id", unit}, {"form", c.form}, {"date", c.contact_date}});
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
