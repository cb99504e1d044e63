#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "domains/consultation/topics/topic_record.hpp"
#include "domains/office/common.hpp"
#include "workflow/engine.hpp"

namespace zhixie::consultation {

nlohmann::json propose_topic(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             const NewTopic& t) {
    const std::string today = clock::today_cst();
    const int64_t this_year = std::stoi(today.substr(0, 4));
    FieldErrors e;
    check::required(e, "title", t.title, 200);
    office::max_chars(e, "description", t.description, 5000);
    const int64_t year = t.year.value_or(this_year);
    if (year < this_year - 1 || year > this_year + 1)
        e.add("year", "field_out_of_range",
              {{"value", year}, {"min", this_year - 1}, {"max", this_year + 1}});
    e.throw_if_any(lang, labels());
    auto tx = db.write();
    // who proposes: a member, or a department (a handling unit's user), or staff on paper
    auto member = tx.one(
        "SELECT m.id FROM members m JOIN terms tm ON tm.id = m.term_id AND tm.is_current = 1 WHERE "
        "m.committee_id "
        "= :c AND m.user_id = :u",
        {{"c", me.committee_id}, {"u", me.user_id}});
    auto unit = tx.one(
        "SELECT uu.unit_id FROM user_units uu JOIN units u ON u.id = uu.unit_id WHERE uu.user_id = :u AND "
        "u.committee_id = :c ORDER BY uu.unit_id",
        {{"u", me.user_id}, {"c", me.committee_id}});
    const std::string now = clock::now_iso();
    int64_t id = tx.insert(
        "INSERT INTO consultation_topics (committee_id, year, title, description, member_id, unit_id, "
        "created_by, "
        "created_at, updated_at) VALUES (:c, :y, :t, :d, :m, :un, :u, :now, :now) RETURNING id",
        {{"c", me.committee_id},
         {"y", year},
         {"t", t.title},
         {"d", t.description},
         {"m", member ? storage::Value(member->i("id")) : storage::Value{}},
         {"un", unit ? storage::Value(unit->i("unit_id")) : storage::Value{}},
         {"u", me.user_id},
         {"now", now}});
    if (!workflow::find_definition(tx, me.committee_id, kTopicWorkflow))
        workflow::install_defaults(tx, me.committee_id, actor);
    int64_t case_id =
        workflow::start_case(tx, me.committee_id, kTopicWorkflow, "consultation_topic", id, actor);
    tx.exec("UPDATE consultation_topics SET case_id = :case WHERE id = :id", {{"case", case_id}, {"id", id}});
    // a department's own topic is its recommendation (部门荐题)
    if (unit && me.has("consultation:topic:recommend"))
        workflow::fire(tx, me.committee_id, me.permissions, actor,
                       {case_id, "recommend", std::nullopt, "部门荐题"});
    audit::append(tx, actor, "consultation_topic.proposed", "consultation_topic", std::to_string(id),
                  {{"title", t.title}, {"year", year}, {"case", case_id}});
    auto out = topic_json(tx, me, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::consultation
