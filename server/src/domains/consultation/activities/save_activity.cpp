#include "audit/audit_log.hpp"
#include "domains/consultation/activities/activity_record.hpp"
#include "domains/office/common.hpp"

namespace zhixie::consultation {

namespace {
// Creates (id empty) or updates the activity, with its participants.
nlohmann::json save(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                    std::optional<int64_t> id, int64_t version, const ActivityFields& f) {
    const bool creating = !id;
    auto tx = db.write();
    if (id) office::expect_version(load_owner(tx, me.committee_id, "activity", *id).version, version);
    FieldErrors e;
    auto p = activity_params(tx, me, f, e);
    e.throw_if_any(lang, labels());
    if (id) {
        p.emplace_back("id", *id);
        tx.exec(
            "UPDATE consultation_activities SET form = :form, title = :title, topic_id = :topic, held_on = "
            ":held_on, place = :place, summary = :summary, version = version + 1, updated_at = :now WHERE id "
            "= :id",
            p);
    } else {
        p.emplace_back("c", me.committee_id);
        p.emplace_back("u", me.user_id);
        id = tx.insert(
            "INSERT INTO consultation_activities (committee_id, form, title, topic_id, held_on, place, "
            "summary, "
            "created_by, created_at, updated_at) VALUES (:c, :form, :title, :topic, :held_on, :place, "
            ":summary, "
            ":u, :now, :now) RETURNING id",
            p);
    }
    save_people(tx, me.committee_id, "activity", *id, f.people, e, f.held_on, f.title);
    e.throw_if_any(lang, labels());
    audit::append(tx, actor, creating ? "consultation_activity.created" : "consultation_activity.updated",
                  "consultation_activity", std::to_string(*id),
                  {{"form", f.form}, {"title", f.title}, {"held_on", f.held_on}});
    auto out = activity_json(tx, me.committee_id, *id);
    tx.commit();
    return out;
}
}  // namespace

nlohmann::json create_activity(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const ActivityFields& f) {
    return save(db, me, actor, lang, std::nullopt, 0, f);
}

nlohmann::json update_activity(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, int64_t version, const ActivityFields& f) {
    return save(db, me, actor, lang, id, version, f);
}

}  // namespace zhixie::consultation
