#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::office::plans {

namespace {
nlohmann::json item_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT i.id, i.plan_id, p.body_id, i.seq, i.content, i.owner_staff_id, s.name AS owner_name, "
        "i.due_date, "
        "i.status, i.done_on, i.result, i.supervision, i.version, i.updated_at FROM office_plan_items i JOIN "
        "office_plans p ON p.id = i.plan_id LEFT JOIN staff s ON s.id = i.owner_staff_id WHERE i.id = :id "
        "AND "
        "i.committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return r->json();
}

// The item's owner, or — for an item with no owner — staff of the plan's body.
bool reports_on(storage::Tx& tx, const auth::Principal& me, const nlohmann::json& item) {
    auto mine = my_staff_id(tx, me);
    if (!mine) return false;
    if (item["owner_staff_id"].is_number()) return item["owner_staff_id"].get<int64_t>() == *mine;
    return find_staff(tx, me.committee_id, *mine)->opt_i("body_id") == item["body_id"].get<int64_t>();
}
}  // namespace

nlohmann::json report_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t item_id, const ItemReport& r) {
    auto tx = db.write();
    auto before = item_json(tx, me.committee_id, item_id);
    const bool manager = me.has("office:plan:manage");
    if (!manager && (r.supervision || !reports_on(tx, me, before))) throw AppError(403, "not_item_owner");
    expect_version(before["version"].get<int64_t>(), r.version);
    auto text = [&](const std::optional<std::string>& v, const char* k) {
        return v ? *v : (before[k].is_string() ? before[k].get<std::string>() : std::string());
    };
    const std::string status = text(r.status, "status");
    const std::string today = clock::today_cst();
    std::string done_on = status == "done" ? text(r.done_on, "done_on") : "";
    if (status == "done" && done_on.empty()) done_on = today;
    FieldErrors e;
    check::one_of(e, "status", status, {"pending", "done", "cancelled"});
    if (check::date(e, "done_on", done_on, false) && done_on > today)
        e.add("done_on", "field_date_in_future", {{"value", done_on}, {"today", today}});
    max_chars(e, "result", text(r.result, "result"), 1000);
    max_chars(e, "supervision", text(r.supervision, "supervision"), 500);
    e.throw_if_any(lang, labels());
    if (tx.exec("UPDATE office_plan_items SET status = :s, done_on = :d, result = :r, supervision = :sup, "
                "version = "
                "version + 1, updated_at = :now WHERE id = :id AND version = :v",
                {{"s", status},
                 {"d", nullable(done_on)},
                 {"r", text(r.result, "result")},
                 {"sup", text(r.supervision, "supervision")},
                 {"now", clock::now_iso()},
                 {"id", item_id},
                 {"v", r.version}}) == 0)
        throw AppError::conflict("stale_version");
    auto after = item_json(tx, me.committee_id, item_id);
    auto brief = [](const nlohmann::json& i) {
        return nlohmann::json{
            {"status", i["status"]}, {"done_on", i["done_on"]}, {"supervision", i["supervision"]}};
    };
    audit::append(tx, actor, "office_plan.item_reported", "office_plan_item", std::to_string(item_id),
                  {{"before", brief(before)}, {"after", brief(after)}});
    tx.commit();
    return after;
}

}  // namespace zhixie::office::plans
