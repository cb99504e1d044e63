#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/consultation/topics/topic_record.hpp"
#include "domains/office/common.hpp"
#include "workflow/engine.hpp"

namespace zhixie::consultation {

nlohmann::json take_topic_step(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, const TopicStep& s) {
    auto tx = db.write();
    auto topic = topic_json(tx, me, id);
    FieldErrors e;
    office::max_chars(e, "note", s.note, 1000);
    // the plan's fields are checked only for someone who may select the topic now; anyone else gets the
    // engine's answer (403 without the permission, 409 in the wrong state)
    bool allowed = false;
    for (const auto& t : topic["case"]["available_transitions"])
        allowed = allowed || t["code"] == s.transition;
    const bool select = s.transition == "select";
    if (select && allowed) {
        // staff selecting a topic place it in the plan: form, month of the plan's year, lead body
        check::one_of(e, "form", s.form, kForms);
        const std::string year = std::to_string(topic["year"].get<int64_t>());
        if (!office::is_month(s.planned_month) || s.planned_month.substr(0, 4) != year)
            e.add("planned_month", "field_invalid_period", {{"value", s.planned_month}});
        if (!s.lead_body_id)
            e.add("lead_body_id", "field_required");
        else if (!office::body_exists(tx, me.committee_id, *s.lead_body_id))
            e.add("lead_body_id", "field_unknown_ref", {{"value", *s.lead_body_id}});
    }
    e.throw_if_any(lang, labels());
    workflow::fire(tx, me.committee_id, me.permissions, actor,
                   {topic["case_id"].get<int64_t>(), s.transition, s.version, s.note});
    if (select && allowed)
        tx.exec(
            "UPDATE consultation_topics SET form = :f, planned_month = :m, lead_body_id = :b, updated_at = "
            ":now "
            "WHERE id = :id",
            {{"f", s.form},
             {"m", s.planned_month},
             {"b", *s.lead_body_id},
             {"now", clock::now_iso()},
             {"id", id}});
    audit::append(tx, actor, "consultation_topic." + s.transition, "consultation_topic", std::to_string(id),
                  {{"note", s.note}, {"form", s.form}, {"planned_month", s.planned_month}});
    auto out = topic_json(tx, me, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::consultation
