#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/care/care.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::care {

nlohmann::json register_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const NewEvent& ev) {
    auto tx = db.write();
    FieldErrors e;
    check::one_of(e, "kind", ev.kind, kEventKinds);
    check::date(e, "event_date", ev.event_date, true);
    max_chars(e, "detail", ev.detail, 200);
    auto staff = find_staff(tx, me.committee_id, ev.staff_id);
    if (!staff)
        e.add("staff_id", "field_unknown_ref", {{"value", ev.staff_id}});
    else if (staff->s("status") == "调离")
        e.add("staff_id", "staff_transferred", {{"value", staff->s("name")}});
    e.throw_if_any(lang, labels());
    if (tx.one(
            "SELECT id FROM office_care_events WHERE committee_id = :c AND staff_id = :s AND kind = :k AND "
            "event_date = :d",
            {{"c", me.committee_id}, {"s", ev.staff_id}, {"k", ev.kind}, {"d", ev.event_date}}))
        throw AppError::conflict(
            "care_event_exists",
            {{"name", staff->s("name")}, {"event", kind_name(ev.kind)}, {"date", ev.event_date}});
    int64_t id = tx.insert(
        "INSERT INTO office_care_events (committee_id, staff_id, kind, event_date, detail, created_by, "
        "created_at) "
        "VALUES (:c, :s, :k, :d, :detail, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"s", ev.staff_id},
         {"k", ev.kind},
         {"d", ev.event_date},
         {"detail", ev.detail},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    audit::append(tx, actor, "office_care_event.registered", "office_care_event", std::to_string(id),
                  {{"staff", staff->s("name")}, {"kind", ev.kind}, {"date", ev.event_date}});
    tx.commit();
    return {{"id", id},           {"staff_id", ev.staff_id},         {"staff_name", staff->s("name")},
            {"kind", ev.kind},    {"kind_name", kind_name(ev.kind)}, {"event_date", ev.event_date},
            {"detail", ev.detail}};
}

}  // namespace zhixie::office::care
