#include <fmt/format.h>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::office::plans {

nlohmann::json create_plan(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const NewPlan& p) {
    auto tx = db.write();
    FieldErrors e;
    auto body = tx.one("SELECT name FROM bodies WHERE id = :id AND committee_id = :c",
                       {{"id", p.body_id}, {"c", me.committee_id}});
    if (!body) e.add("body_id", "field_unknown_ref", {{"value", p.body_id}});
    auto days = period_days(p.kind, p.period);
    if (check::one_of(e, "kind", p.kind, {"week", "month"}) && !days)
        e.add("period", "field_invalid_period", {{"value", p.period}});
    max_chars(e, "title", p.title, 100);
    if (days)
        for (const auto& item : p.items)
            check_item(tx, me.committee_id, *days, item, e);
    e.throw_if_any(lang, labels());
    if (tx.one("SELECT id FROM office_plans WHERE committee_id = :c AND body_id = :b AND kind = :k AND "
               "period = :p",
               {{"c", me.committee_id}, {"b", p.body_id}, {"k", p.kind}, {"p", p.period}}))
        throw AppError::conflict("plan_exists", {{"body", body->s("name")}, {"period", p.period}});
    std::string title = p.title;
    if (title.empty())
        title =
            body->s("name") + (p.kind == "month" ? fmt::format("{}年{}月工作计划", p.period.substr(0, 4),
                                                               std::stoi(p.period.substr(5, 2)))
                                                 : fmt::format("{}年第{}周工作安排", p.period.substr(0, 4),
                                                               std::stoi(p.period.substr(6, 2))));
    int64_t id = tx.insert(
        "INSERT INTO office_plans (committee_id, body_id, kind, period, title, created_by, created_at) "
        "VALUES (:c, "
        ":b, :k, :p, :t, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"b", p.body_id},
         {"k", p.kind},
         {"p", p.period},
         {"t", title},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    int64_t seq = 0;
    for (const auto& item : p.items)
        insert_item(tx, me.committee_id, id, ++seq, item);
    audit::append(tx, actor, "office_plan.created", "office_plan", std::to_string(id),
                  {{"title", title}, {"period", p.period}, {"items", p.items.size()}});
    auto out = plan_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::plans
