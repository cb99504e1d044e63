#include "audit/audit_log.hpp"
#include "domains/consultation/activities/activity_record.hpp"
#include "domains/office/common.hpp"

namespace zhixie::consultation {

nlohmann::json update_activity(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, int64_t version, const ActivityFields& f) {
    auto tx = db.write();
    const Owner o = load_owner(tx, me.committee_id, "activity", id);
    office::expect_version(o.version, version);
    FieldErrors e;
    auto p = activity_params(tx, me, f, e);
    e.throw_if_any(lang, labels());
    p.emplace_back("id", id);
    tx.exec(
        "UPDATE consultation_activities SET form = :form, title = :title, topic_id = :topic, held_on = "
        ":held_on, "
        "place = :place, summary = :summary, version = version + 1, updated_at = :now WHERE id = :id",
        p);
    save_people(tx, me.committee_id, "activity", id, f.people, e, f.held_on, f.title);
    e.throw_if_any(lang, labels());
    audit::append(tx, actor, "consultation_activity.updated", "consultation_activity", std::to_string(id),
                  {{"before", o.title}, {"title", f.title}, {"held_on", f.held_on}});
    auto out = activity_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::consultation
