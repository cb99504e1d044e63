#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/field_errors.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/internal.hpp"
#include "domains/office/common.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::duty {

namespace {
const FieldLabels& report_labels() {
    static const FieldLabels l = {{"kind", {"履职类别", "Kind"}},
                                  {"occurred_on", {"履职日期", "Date"}},
                                  {"title", {"履职事项", "What was done"}},
                                  {"description", {"具体情况", "Description"}},
                                  {"evidence", {"证明材料", "Evidence"}}};
    return l;
}
}  // namespace

nlohmann::json report_duty(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const NewReport& r) {
    const int64_t member = my_member_id(db, me);
    FieldErrors e;
    if (!self_reportable(r.kind)) e.add("kind", "field_invalid_choice", {{"value", r.kind}});
    const std::string today = clock::today_cst();
    if (check::date(e, "occurred_on", r.occurred_on, true)) {
        if (r.occurred_on > today)
            e.add("occurred_on", "field_date_in_future", {{"value", r.occurred_on}, {"today", today}});
        else if (r.occurred_on.substr(0, 4) < std::to_string(std::stoi(today.substr(0, 4)) - 1))
            e.add("occurred_on", "duty_report_too_old", {{"value", r.occurred_on}});
    }
    check::required(e, "title", r.title, 100);
    office::max_chars(e, "description", r.description, 2000);
    if (r.filename.empty() || r.bytes.empty()) e.add("evidence", "field_required");
    e.throw_if_any(lang, report_labels());
    auto tx = db.write();
    const std::string now = clock::now_iso();
    const int64_t id = tx.insert(
        "INSERT INTO duty_reports (committee_id, member_id, kind, occurred_on, title, description, "
        "reported_by, "
        "created_at, updated_at) VALUES (:c, :m, :k, :on, :t, :d, :by, :now, :now) RETURNING id",
        {{"c", me.committee_id},
         {"m", member},
         {"k", r.kind},
         {"on", r.occurred_on},
         {"t", r.title},
         {"d", r.description},
         {"by", me.user_id},
         {"now", now}});
    // the file is checked (type, size) by the files service: a bad one is a 422 and nothing is kept
    const int64_t file_id =
        files::store(tx, {me.committee_id, "duty_report", id}, {r.filename, r.bytes, "member", me.user_id});
    Record rec;
    rec.committee_id = me.committee_id;
    rec.member_id = member;
    rec.kind = r.kind;
    rec.source_type = "self_report";
    rec.source_id = id;
    rec.occurred_on = r.occurred_on;
    rec.title = r.title;
    rec.status = "pending";
    rec.detail = {{"report", id}};
    record(tx, rec);
    audit::append(
        tx, actor, "duty.report_submitted", "duty_report", std::to_string(id),
        {{"kind", r.kind}, {"occurred_on", r.occurred_on}, {"title", r.title}, {"evidence", file_id}});
    auto row = tx.one(
        "SELECT id, kind, occurred_on, title, description, status, reason, version, created_at FROM "
        "duty_reports WHERE id = :id",
        {{"id", id}});
    auto out = row->json();
    out["kind_name"] = kind_name(r.kind, lang);
    out["status_name"] = status_name("pending");
    tx.commit();
    return out;
}

}  // namespace zhixie::duty
