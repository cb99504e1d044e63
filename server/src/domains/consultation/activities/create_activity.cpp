#include "audit/audit_log.hpp"
#include "domains/consultation/activities/activity_record.hpp"

namespace zhixie::consultation {

nlohmann::json create_activity(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const ActivityFields& f) {
    auto tx = db.write();
    FieldErrors e;
    auto p = activity_params(tx, me, f, e);
    e.throw_if_any(lang, labels());
    p.emplace_back("c", me.committee_id);
    p.emplace_back("u", me.user_id);
    int64_t id = tx.insert(
        "INSERT INTO consultation_activities (committee_id, form, title, topic_id, held_on, place, summary, "
        "created_by, created_at, updated_at) VALUES (:c, :form, :title, :topic, :held_on, :place, :summary, "
        ":u, "
        ":now, :now) RETURNING id",
        p);
    save_people(tx, me.committee_id, "activity", id, f.people, e, f.held_on, f.title);
    e.throw_if_any(lang, labels());
    audit::append(tx, actor, "consultation_activity.created", "consultation_activity", std::to_string(id),
                  {{"form", f.form}, {"title", f.title}, {"held_on", f.held_on}});
    auto out = activity_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::consultation
