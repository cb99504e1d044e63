#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/org/org.hpp"
#include "domains/staff/internal.hpp"

namespace zhixie::staff {

namespace {

void check_event(const NewEvent& e, const std::string& on, const std::string& end) {
    org::check_choice("kind", e.kind, kEventKinds);
    const bool has_period = e.kind == "secondment" || e.kind == "training";
    if (!end.empty() && !has_period) throw AppError::invalid_field("end_date", "secondment | training");
    if (!end.empty() && end < on)
        throw AppError(400, "date_order", {{"field", "end_date"}, {"after", "on_date"}});
    if (e.kind == "promotion" && text::trim(e.to_rank).empty()) throw AppError::missing_field("to_rank");
    if ((e.kind == "recommended" || has_period) && text::trim(e.detail).empty())
        throw AppError::missing_field("detail");
}

}  // namespace

void add_event(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor, const NewEvent& e) {
    const Record before = load_record(tx, committee_id, e.staff_id);  // 404 for other committees
    const std::string on = org::check_date("on_date", e.on_date, true);
    const std::string end = org::check_date("end_date", e.end_date, false);
    check_event(e, on, end);
    Record after = before;
    if (e.kind == "promotion") after.rank = text::trim(e.to_rank);
    if (e.kind == "transfer_out") {
        if (!before.joined_on.empty() && on < before.joined_on)
            throw AppError(400, "date_order", {{"field", "on_date"}, {"after", "joined_on"}});
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
         {"d", text::trim(e.detail)},
         {"r", text::trim(e.to_rank)},
         {"now", now}});
    nlohmann::json summary{{"event",
                            {{"kind", e.kind},
                             {"on_date", on},
                             {"end_date", end},
                             {"detail", text::trim(e.detail)},
                             {"to_rank", text::trim(e.to_rank)}}}};
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

nlohmann::json record_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                            const NewEvent& e) {
    auto tx = db.write();
    add_event(tx, me.committee_id, actor, e);
    auto out = person_json(tx, me.committee_id, e.staff_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::staff
