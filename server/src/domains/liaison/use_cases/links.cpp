#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/field_errors.hpp"
#include "domains/liaison/liaison.hpp"
#include "domains/liaison/link_rows.hpp"

namespace zhixie::liaison {

namespace {

const FieldLabels& link_labels() {
    static const FieldLabels l = {{"level", {"联系层级", "Level"}},
                                  {"from_member_id", {"联系人", "From"}},
                                  {"to_member_id", {"联系对象", "To"}},
                                  {"contact_name", {"群众姓名", "Contact name"}},
                                  {"contact_phone", {"群众电话", "Contact phone"}}};
    return l;
}

std::optional<storage::Row> member_row(storage::Tx& tx, int64_t committee, int64_t id) {
    return tx.one(
        "SELECT m.id, m.name, m.cppcc_post, m.is_standing FROM members m JOIN terms t ON t.id = m.term_id "
        "AND "
        "t.is_current = 1 WHERE m.id = :id AND m.committee_id = :c AND m.status = '在任'",
        {{"id", id}, {"c", committee}});
}

}  // namespace

const char* kLinkSelect =
    "SELECT l.id, l.level, l.from_member_id, fm.name AS from_name, fm.cppcc_post AS from_post, "
    "l.to_member_id, "
    "tm.name AS to_name, l.to_contact_id, pc.name AS contact_name, pc.phone AS contact_phone, l.created_at, "
    "(SELECT MAX(contact_date) FROM contact_logs cl WHERE cl.link_id = l.id) AS last_contact, (SELECT "
    "COUNT(*) FROM "
    "contact_logs cl WHERE cl.link_id = l.id) AS contacts FROM liaison_links l JOIN members fm ON fm.id = "
    "l.from_member_id LEFT JOIN members tm ON tm.id = l.to_member_id LEFT JOIN public_contacts pc ON pc.id = "
    "l.to_contact_id WHERE l.committee_id = :c AND l.ended_at IS NULL";

nlohmann::json links_json(const storage::Rows& rows) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : rows) {
        auto o = r.json();
        o["contacts"] = r.i("contacts");  // an expression: SQLite may give it as text
        items.push_back(o);
    }
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json list_links(storage::Db& db, const auth::Principal& me, const LinkQuery& q) {
    std::string sql = kLinkSelect;
    storage::Params p{{"c", me.committee_id}};
    if (!q.level.empty()) {
        sql += " AND l.level = :level";
        p.emplace_back("level", q.level);
    }
    if (q.member_id) {
        sql += " AND (l.from_member_id = :m OR l.to_member_id = :m)";
        p.emplace_back("m", *q.member_id);
    }
    auto tx = db.read();
    return links_json(tx.query(sql + " ORDER BY fm.name_pinyin, l.id", p));
}

nlohmann::json create_link(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const NewLink& l) {
    FieldErrors e;
    check::one_of(e, "level", l.level, {"chair_standing", "standing_member", "member_public"});
    auto tx = db.write();
    auto from = member_row(tx, me.committee_id, l.from_member_id);
    if (!from) e.add("from_member_id", "field_unknown_ref", {{"value", l.from_member_id}});
    std::optional<int64_t> contact;
    if (l.level == "member_public") {
        if (check::required(e, "contact_name", l.contact_name, 40))
            check::phone(e, "contact_phone", l.contact_phone);
    } else if (!l.to_member_id || !member_row(tx, me.committee_id, *l.to_member_id)) {
        e.add("to_member_id", "field_unknown_ref", {{"value", l.to_member_id.value_or(0)}});
    } else if (*l.to_member_id == l.from_member_id) {
        e.add("to_member_id", "field_invalid_choice", {{"value", *l.to_member_id}});
    }
    e.throw_if_any(lang, link_labels());
    if (l.level == "member_public")
        contact = tx.insert(
            "INSERT INTO public_contacts (committee_id, name, phone, address, note) VALUES (:c, :n, :p, :a, "
            ":note) "
            "RETURNING id",
            {{"c", me.committee_id},
             {"n", l.contact_name},
             {"p", l.contact_phone},
             {"a", l.contact_address},
             {"note", l.contact_note}});
    else if (tx.one("SELECT id FROM liaison_links WHERE committee_id = :c AND from_member_id = :f AND "
                    "to_member_id = "
                    ":t AND ended_at IS NULL",
                    {{"c", me.committee_id}, {"f", l.from_member_id}, {"t", *l.to_member_id}}))
        throw AppError::conflict("duplicate", {{"field", "to_member_id"}});
    int64_t id = tx.insert(
        "INSERT INTO liaison_links (committee_id, from_member_id, to_member_id, to_contact_id, level, "
        "assigned_by, "
        "created_at) VALUES (:c, :f, :t, :pc, :level, :by, :now) RETURNING id",
        {{"c", me.committee_id},
         {"f", l.from_member_id},
         {"t",
          l.to_member_id && l.level != "member_public" ? storage::Value(*l.to_member_id) : storage::Value{}},
         {"pc", contact ? storage::Value(*contact) : storage::Value{}},
         {"level", l.level},
         {"by", me.user_id},
         {"now", clock::now_iso()}});
    audit::append(tx, actor, "liaison.link_created", "liaison_link", std::to_string(id),
                  {{"level", l.level}, {"from", from->s("name")}});
    auto out =
        tx.one(std::string(kLinkSelect) + " AND l.id = :id", {{"c", me.committee_id}, {"id", id}})->json();
    tx.commit();
    return out;
}

void end_link(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id) {
    auto tx = db.write();
    int64_t n = tx.exec(
        "UPDATE liaison_links SET ended_at = :now WHERE id = :id AND committee_id = :c AND ended_at IS NULL",
        {{"now", clock::now_iso()}, {"id", id}, {"c", me.committee_id}});
    if (n == 0) throw AppError::not_found();
    audit::append(tx, actor, "liaison.link_ended", "liaison_link", std::to_string(id));
    tx.commit();
}

nlohmann::json uncontacted(storage::Db& db, const auth::Principal& me, const std::string& quarter) {
    std::string qtr = quarter;
    if (qtr.empty()) {
        std::string today = clock::today_cst();
        qtr = today.substr(0, 4) + "Q" + std::to_string((std::stoi(today.substr(5, 2)) - 1) / 3 + 1);
    }
    if (qtr.size() != 6 || qtr[4] != 'Q' || qtr[5] < '1' || qtr[5] > '4')
        throw AppError::invalid_field("quarter", "2026Q4");
    int q = qtr[5] - '0';
    char from[11], to[11];
    std::snprintf(from, sizeof from, "%s-%02d-01", qtr.substr(0, 4).c_str(), (q - 1) * 3 + 1);
    std::snprintf(to, sizeof to, "%s-%02d-31", qtr.substr(0, 4).c_str(), q * 3);
    auto tx = db.read();
    auto out =
        links_json(tx.query(std::string(kLinkSelect) +
                                " AND NOT EXISTS (SELECT 1 FROM contact_logs cl WHERE cl.link_id = l.id AND "
                                "cl.contact_date >= :from AND cl.contact_date <= :to) ORDER BY l.level, "
                                "fm.name_pinyin, l.id",
                            {{"c", me.committee_id}, {"from", std::string(from)}, {"to", std::string(to)}}));
    out["quarter"] = qtr;
    return out;
}

}  // namespace zhixie::liaison
