// Shared by the topic use cases: the topic rows and the topic as JSON.
#include "domains/consultation/topics/topic_record.hpp"

#include "workflow/engine.hpp"

namespace zhixie::consultation {

const char* kTopicFrom =
    "FROM consultation_topics t JOIN wf_cases c ON c.id = t.case_id JOIN wf_states st ON st.definition_id = "
    "c.definition_id AND st.code = c.state LEFT JOIN members m ON m.id = t.member_id LEFT JOIN units un ON "
    "un.id "
    "= t.unit_id LEFT JOIN bodies b ON b.id = t.lead_body_id WHERE t.committee_id = :c";

const char* kTopicColumns =
    "t.id, t.year, t.title, t.description, t.member_id, m.name AS member_name, t.unit_id, un.name AS "
    "unit_name, "
    "t.form, t.planned_month, t.lead_body_id, b.name AS lead_body_name, t.case_id, c.state, st.name_zh AS "
    "state_name_zh, st.name_en AS state_name_en, c.version, t.created_at";

nlohmann::json topic_row_json(const storage::Row& r) {
    auto o = r.json();
    o["form_name"] = r.is_null("form") ? nlohmann::json() : nlohmann::json(form_name(r.s("form")));
    return o;
}

nlohmann::json topic_json(storage::Tx& tx, const auth::Principal& me, int64_t id) {
    auto r = tx.one(std::string("SELECT ") + kTopicColumns + " " + kTopicFrom + " AND t.id = :id",
                    {{"c", me.committee_id}, {"id", id}});
    if (!r) throw AppError::not_found();
    auto o = topic_row_json(*r);
    o["case"] = workflow::case_json(tx, me.committee_id, r->i("case_id"), me.permissions);
    return o;
}

}  // namespace zhixie::consultation
