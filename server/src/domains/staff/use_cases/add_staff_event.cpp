#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/dates.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/staff/internal.hpp"

namespace zhixie::staff {

namespace {

// The event's own fields: 422 invalid_record listing every problem.
void check_event(const NewEvent& e, const Record& person, Lang lang) {
    FieldErrors errors;
    check::one_of(errors, "kind", e.kind, kEventKinds);
    check::date(errors, "on_date", e.on_date, true);
    check::date(errors, "end_date", e.end_date, false);
    if (!e.end_date.empty() && e.end_date < e.on_date)
        errors.add("end_date", "field_dates_out_of_order", {{"value", e.end_date}});
    if (e.kind == "transfer_out" && !person.joined_on.empty() && e.on_date < person.joined_on)
        errors.add("on_date", "field_dates_out_of_order", {{"value", e.on_date}});
    if (e.kind == "promotion") check::required(errors, "to_rank", e.to_rank, 30);
    if (e.kind == "recommended" || e.kind == "secondment" || e.kind == "training")
        check::required(errors, "detail", e.detail, 200);
    errors.throw_if_any(lang, labels());
}

// Dates as typed → YYYY-MM-DD where they can be read; a period only for secondments and training.
NewEvent normalised(NewEvent e) {
    for (auto* v : {&e.kind, &e.on_date, &e.end_date, &e.detail, &e.to_rank})
        *v = text::trim(*v);
    for (auto* d : {&e.on_date, &e.end_date})
        if (auto iso = dates::normalise(*d)) *d = *iso;
    if (e.kind != "secondment" && e.kind != "training") e.end_date.clear();
    return e;
}

}  // namespace

void add_event(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor, const NewEvent& event,
               Lang lang) {
    const Record before = load_record(tx, committee_id, event.staff_id);  // 404 for other committees
    const NewEvent e = normalised(event);
    check_event(e, before, lang);
    const std::string& on = e.on_date;
    const std::string& end = e.end_date;
    Record after = before;
    if (e.kind == "promotion") after.rank = e.to_rank;
    if (e.kind == "transfer_out") {
        after.status = "调离";
        after.left_on = on;
    }
    if (e.kind == "transfer_in") {
        after.status = "在职";
        after.left_on = "";
        if (after.joined_on.empty()) after.joined_on = on;
    }
    const std::string now = clock::now_iso();
    tx.exec(
        "INSERT INTO staff_events (committee_id, staff_id, kind, on_date, end_date, detail, to_rank, "
        "created_at) "
        "VALUES (:c, :s, :k, :on, :end, :d, :r, :now)",
        {{"c", committee_id},
         {"s", e.staff_id},
         {"k", e.kind},
         {"on", on},
         {"end", end},
         {"d", e.detail},
         {"r", e.to_rank},
         {"now", now}});
    nlohmann::json summary{{"event",
                            {{"kind", e.kind},
                             {"on_date", on},
                             {"end_date", end},
                             {"detail", e.detail},
                             {"to_rank", e.to_rank}}}};
    if (after.rank != before.rank || after.status != before.status || after.joined_on != before.joined_on ||
        after.left_on != before.left_on) {
        tx.exec(
            "UPDATE staff SET rank = :rank, status = :status, joined_on = :joined, left_on = :left, "
            "version = version + 1, updated_at = :now WHERE id = :id AND committee_id = :c",
            {{"rank", after.rank},
             {"status", after.status},
             {"joined", after.joined_on},
             {"left", after.left_on},
             {"now", now},
             {"id", e.staff_id},
             {"c", committee_id}});
        summary["before"] = audit_view(before);
        summary["after"] = audit_view(after);
    }
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = committee_id;
    audit::append(tx, a, "staff.event_added", "staff", std::to_string(e.staff_id), summary);
}

nlohmann::json record_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                            const NewEvent& e) {
    auto tx = db.write();
    add_event(tx, me.committee_id, actor, e, lang);
    auto out = person_json(tx, me.committee_id, e.staff_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::staff
