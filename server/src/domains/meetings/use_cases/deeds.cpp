#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/meetings/internal.hpp"
#include "services/duty/duty_records.hpp"
#include "services/files/attachments.hpp"

namespace zhixie::meetings {

namespace {
nlohmann::json deed_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT d.id, d.member_id, m.name AS member_name, d.title, d.description, d.done_on, d.status, "
        "d.created_at FROM deeds d JOIN members m ON m.id = d.member_id WHERE d.id = :id AND "
        "d.committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto j = r->json();
    j["attachments"] = files::list(tx, {committee_id, "deed", id});
    return j;
}
}  // namespace

nlohmann::json list_deeds(storage::Db& db, const auth::Principal& me, const std::string& status) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    storage::Params p{{"c", me.committee_id}};
    std::string sql = "SELECT id FROM deeds WHERE committee_id = :c";
    if (!status.empty()) {
        sql += " AND status = :s";
        p.push_back({"s", status});
    }
    for (const auto& r : tx.query(sql + " ORDER BY done_on DESC, id DESC LIMIT 500", p))
        items.push_back(deed_json(tx, me.committee_id, r.i("id")));
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json create_deed(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t member_id, const std::string& title, const std::string& description,
                           const std::string& done_on) {
    auto tx = db.write();
    FieldErrors e;
    if (!tx.one("SELECT id FROM members WHERE id = :id AND committee_id = :c",
                {{"id", member_id}, {"c", me.committee_id}}))
        e.add("member_id", "field_unknown_ref", {{"value", member_id}});
    check::required(e, "title", title, 200);
    if (description.size() > 20000) e.add("description", "field_too_long", {{"max", 5000}});
    check::date(e, "done_on", done_on, true);
    e.throw_if_any(lang, labels());
    const int64_t id = tx.insert(
        "INSERT INTO deeds (committee_id, member_id, title, description, done_on, created_at) VALUES (:c, "
        ":m, :t, "
        ":d, :on, :now) RETURNING id",
        {{"c", me.committee_id},
         {"m", member_id},
         {"t", title},
         {"d", description},
         {"on", done_on},
         {"now", clock::now_iso()}});
    audit::append(tx, actor, "deed.created", "deed", std::to_string(id), {{"title", title}});
    auto out = deed_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

nlohmann::json decide_deed(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id,
                           bool confirm) {
    auto tx = db.write();
    auto d = deed_json(tx, me.committee_id, id);
    if (d["status"] != "pending") throw AppError::conflict("deed_decided");
    if (confirm && d["attachments"].empty()) throw AppError::unprocessable("deed_without_evidence");
    tx.exec("UPDATE deeds SET status = :s, decided_by = :by WHERE id = :id",
            {{"s", confirm ? "confirmed" : "rejected"}, {"by", me.user_id}, {"id", id}});
    if (confirm)
        duty::record(tx, {me.committee_id, d["member_id"].get<int64_t>(), duty::kind::deed, "deed", id,
                          d["done_on"].get<std::string>(), "办实事：" + d["title"].get<std::string>()});
    audit::append(tx, actor, confirm ? "deed.confirmed" : "deed.rejected", "deed", std::to_string(id),
                  {{"title", d["title"]}});
    auto out = deed_json(tx, me.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::meetings
