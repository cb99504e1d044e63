#include "audit/audit_log.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::office::plans {

nlohmann::json add_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                        int64_t plan_id, const ItemFields& f) {
    auto tx = db.write();
    auto plan = plan_json(tx, me.committee_id, plan_id);
    FieldErrors e;
    check_item(tx, me.committee_id, {plan["from"].get<std::string>(), plan["to"].get<std::string>()}, f, e);
    e.throw_if_any(lang, labels());
    int64_t seq =
        tx.one("SELECT COUNT(*) AS n FROM office_plan_items WHERE plan_id = :p", {{"p", plan_id}})->i("n");
    int64_t id = insert_item(tx, me.committee_id, plan_id, seq + 1, f);
    audit::append(tx, actor, "office_plan.item_added", "office_plan", std::to_string(plan_id),
                  {{"item", id}, {"content", f.content}, {"due_date", f.due_date}});
    auto out = plan_json(tx, me.committee_id, plan_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::office::plans
