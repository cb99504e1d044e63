// Shared by the activity use cases: checking the fields, writing the row and its people, the activity as
// JSON.
#include "domains/consultation/activities/activity_record.hpp"

#include "core/clock.hpp"
#include "domains/office/common.hpp"

namespace zhixie::consultation {

storage::Params activity_params(storage::Tx& tx, const auth::Principal& me, const ActivityFields& f,
                                FieldErrors& e) {
    check::one_of(e, "form", f.form, kForms);
    check::required(e, "title", f.title, 200);
    check::date(e, "held_on", f.held_on, true);
    office::max_chars(e, "place", f.place, 200);
    office::max_chars(e, "summary", f.summary, 20000);
    if (f.topic_id && !tx.one("SELECT id FROM consultation_topics WHERE id = :id AND committee_id = :c",
                              {{"id", *f.topic_id}, {"c", me.committee_id}}))
        e.add("topic_id", "field_unknown_ref", {{"value", *f.topic_id}});
    return {{"form", f.form},         {"title", f.title}, {"topic", office::nullable(f.topic_id)},
            {"held_on", f.held_on},   {"place", f.place}, {"summary", f.summary},
            {"now", clock::now_iso()}};
}

nlohmann::json activity_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT a.id, a.form, a.title, a.topic_id, t.title AS topic_title, a.held_on, a.place, a.summary, "
        "a.version, a.created_at, a.updated_at FROM consultation_activities a LEFT JOIN consultation_topics "
        "t ON "
        "t.id = a.topic_id WHERE a.id = :id AND a.committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    o["form_name"] = form_name(r->s("form"));
    o["people"] = people_json(tx, committee_id, "activity", id);
    o["entries"] = entries_json(tx, committee_id, "activity", id);
    return o;
}

}  // namespace zhixie::consultation
