#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

nlohmann::json decide_extension(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                Lang lang, const Step& s, bool approve) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, s.id);
    auto x = tx.one("SELECT id, days FROM proposal_extensions WHERE proposal_id = :p AND status = 'pending'",
                    {{"p", p.id}});
    if (!x) throw AppError::conflict("no_pending_extension");
    const std::string now = clock::now_iso();
    auto due = tx.one("SELECT handling_due FROM proposals WHERE id = :id", {{"id", p.id}})->s("handling_due");
    std::string new_due = due;
    if (approve) {
        new_due = extended_due(due, x->i("days"));
        const std::string latest = latest_due(tx, me.committee_id, p.id);
        if (new_due > latest) {
            FieldErrors e;
            e.add("days", "extension_too_long", {{"latest", latest.substr(0, 10)}});
            e.throw_if_any(lang, labels());
        }
        tx.exec("UPDATE proposals SET handling_due = :due, updated_at = :now WHERE id = :id",
                {{"due", new_due}, {"now", now}, {"id", p.id}});
        if (p.state == "assigned" || p.state == "handling" || p.state == "objection")
            tx.exec("UPDATE wf_cases SET due_at = :due WHERE id = :case",
                    {{"due", new_due}, {"case", p.case_id}});
    }
    tx.exec(
        "UPDATE proposal_extensions SET status = :st, decided_by = :by, decided_at = :now, note = :note, "
        "new_due = "
        ":due WHERE id = :id",
        {{"st", std::string(approve ? "approved" : "rejected")},
         {"by", me.user_id},
         {"now", now},
         {"note", s.note},
         {"due", approve ? storage::Value(new_due) : storage::Value{}},
         {"id", x->i("id")}});
    record(tx, actor, approve ? "extension_approved" : "extension_rejected", p.id,
           {{"extension", x->i("id")},
            {"before", {{"handling_due", due}}},
            {"after", {{"handling_due", new_due}}}});
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
