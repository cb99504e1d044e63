#include <chrono>

#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

std::string latest_due(storage::Tx& tx, int64_t committee_id, int64_t proposal_id) {
    auto r = tx.one("SELECT assigned_at FROM proposals WHERE id = :id", {{"id", proposal_id}});
    const int64_t days = load_settings(tx, committee_id).max_handling_days;
    return clock::iso(clock::parse_iso(r->s("assigned_at")) + std::chrono::hours(24 * days));
}

std::string extended_due(const std::string& due, int64_t days) {
    return clock::iso(clock::parse_iso(due) + std::chrono::hours(24 * days));
}

// A unit asks for more time (延期); staff approve or refuse. The reply may never be due later than the
// committee's longest handling period after assignment (default 6 months).
nlohmann::json request_extension(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                 Lang lang, const Extension& x) {
    FieldErrors e;
    check::required(e, "reason", x.reason, 2000);
    if (x.days < 1 || x.days > 180)
        e.add("days", "field_out_of_range", {{"min", 1}, {"max", 180}, {"value", x.days}});
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto p = visible(tx, who, x.who.step.id);
    int64_t unit = acting_unit(tx, who, p, x.who.unit_id, {"lead", "split"});
    require_state(tx, who, p, {"assigned", "handling"});
    if (tx.one("SELECT id FROM proposal_extensions WHERE proposal_id = :p AND status = 'pending'",
               {{"p", p.id}}))
        throw AppError::conflict("extension_pending");
    auto due = tx.one("SELECT handling_due FROM proposals WHERE id = :id", {{"id", p.id}})->s("handling_due");
    const std::string latest = latest_due(tx, me.committee_id, p.id);
    if (e.empty() && extended_due(due, x.days) > latest)
        e.add("days", "extension_too_long", {{"latest", latest.substr(0, 10)}});
    e.throw_if_any(lang, labels());
    int64_t id = tx.insert(
        "INSERT INTO proposal_extensions (committee_id, proposal_id, unit_id, days, reason, requested_by, "
        "requested_at) VALUES (:c, :p, :u, :d, :r, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"p", p.id},
         {"u", unit},
         {"d", x.days},
         {"r", x.reason},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    record(tx, actor, "extension_requested", p.id, {{"extension", id}, {"unit_id", unit}, {"days", x.days}});
    auto out = proposal_json(tx, who, p.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
