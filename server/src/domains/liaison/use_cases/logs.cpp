#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/field_errors.hpp"
#include "domains/liaison/liaison.hpp"
#include "domains/duty/hooks.hpp"
#include "domains/liaison/link_rows.hpp"

namespace zhixie::liaison {

namespace {

const FieldLabels& log_labels() {
    static const FieldLabels l = {{"contact_date", {"联系日期", "Date"}},
                                  {"form", {"联系方式", "Form"}},
                                  {"issues", {"反映问题", "Issues raised"}}};
    return l;
}

std::optional<int64_t> my_member_id(storage::Tx& tx, const auth::Principal& me) {
    auto r = tx.one(
        "SELECT m.id FROM members m JOIN terms t ON t.id = m.term_id AND t.is_current = 1 WHERE "
        "m.committee_id = :c "
        "AND m.user_id = :u",
        {{"c", me.committee_id}, {"u", me.user_id}});
    if (!r) return std::nullopt;
    return r->i("id");
}

}  // namespace

nlohmann::json add_log(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                       const NewLog& l, bool as_staff) {
    FieldErrors e;
    if (check::date(e, "contact_date", l.contact_date, true) && l.contact_date > clock::today_cst())
        e.add("contact_date", "field_invalid_date", {{"value", l.contact_date}});
    check::one_of(e, "form", l.form, {"走访", "电话", "座谈", "微信", "来访", "其他"});
    check::required(e, "issues", l.issues, 2000);
    auto tx = db.write();
    auto link = tx.one(
        "SELECT id, from_member_id FROM liaison_links WHERE id = :id AND committee_id = :c AND ended_at IS "
        "NULL",
        {{"id", l.link_id}, {"c", me.committee_id}});
    if (!link) throw AppError::not_found();
    if (!as_staff && my_member_id(tx, me) != link->i("from_member_id")) throw AppError::not_found();
    e.throw_if_any(lang, log_labels());
    int64_t id = tx.insert(
        "INSERT INTO contact_logs (committee_id, link_id, contact_date, form, people, issues, follow_up, "
        "written_by, "
        "created_at) VALUES (:c, :l, :d, :f, :p, :i, :fu, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"l", l.link_id},
         {"d", l.contact_date},
         {"f", l.form},
         {"p", l.people},
         {"i", l.issues},
         {"fu", l.follow_up},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    duty::record_contact(tx, me.committee_id, id);
    audit::append(tx, actor, "liaison.contact_logged", "liaison_link", std::to_string(l.link_id),
                  {{"log", id}, {"date", l.contact_date}, {"form", l.form}});
    tx.commit();
    return {{"id", id},           {"link_id", l.link_id}, {"contact_date", l.contact_date}, {"form", l.form},
            {"people", l.people}, {"issues", l.issues},   {"follow_up", l.follow_up}};
}

nlohmann::json list_logs(storage::Db& db, const auth::Principal& me, int64_t link_id) {
    auto tx = db.read();
    if (!tx.one("SELECT id FROM liaison_links WHERE id = :id AND committee_id = :c",
                {{"id", link_id}, {"c", me.committee_id}}))
        throw AppError::not_found();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT cl.id, cl.contact_date, cl.form, cl.people, cl.issues, cl.follow_up, u.display_name "
             "AS written_by, "
             "cl.created_at FROM contact_logs cl LEFT JOIN users u ON u.id = cl.written_by WHERE "
             "cl.link_id = :l ORDER BY "
             "cl.contact_date DESC, cl.id DESC",
             {{"l", link_id}}))
        items.push_back(r.json());
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json my_links(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    auto mine = my_member_id(tx, me);
    if (!mine) throw AppError(404, "not_a_member");
    auto out =
        links_json(tx.query(std::string(kLinkSelect) + " AND l.from_member_id = :m ORDER BY l.level, l.id",
                            {{"c", me.committee_id}, {"m", *mine}}));
    out["member_id"] = *mine;
    return out;
}

nlohmann::json add_my_contact(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const NewLink& l) {
    std::optional<int64_t> mine;
    {
        auto tx = db.read();
        mine = my_member_id(tx, me);
    }
    if (!mine) throw AppError(404, "not_a_member");
    NewLink link = l;
    link.level = "member_public";
    link.from_member_id = *mine;
    return create_link(db, me, actor, lang, link);
}

}  // namespace zhixie::liaison
