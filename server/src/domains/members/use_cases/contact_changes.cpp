#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "domains/members/members.hpp"

namespace zhixie::members {

namespace {

// The contact fields a member may change themselves (staff approve before they take effect).
const std::vector<std::string> kContactFields = {"phone", "address", "work_unit", "job_title"};

int64_t my_member_id(storage::Tx& tx, const auth::Principal& me) {
    auto r = tx.one(
        "SELECT m.id FROM members m JOIN terms t ON t.id = m.term_id AND t.is_current = 1 WHERE "
        "m.committee_id = :c "
        "AND m.user_id = :u",
        {{"c", me.committee_id}, {"u", me.user_id}});
    if (!r) throw AppError(404, "not_a_member");
    return r->i("id");
}

nlohmann::json pending_of(storage::Tx& tx, int64_t member_id) {
    auto r = tx.one(
        "SELECT id, changes, requested_at FROM contact_change_requests WHERE member_id = :m AND status = "
        "'pending' "
        "ORDER BY id DESC",
        {{"m", member_id}});
    if (!r) return nullptr;
    return {{"id", r->i("id")},
            {"changes", nlohmann::json::parse(r->s("changes"))},
            {"requested_at", r->s("requested_at")}};
}

}  // namespace

nlohmann::json my_member(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    int64_t id = my_member_id(tx, me);
    auto o = member_json(tx, me.committee_id, id);
    o.erase("id_card");
    o["pending_contact_change"] = pending_of(tx, id);
    return o;
}

nlohmann::json request_contact_change(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                      Lang lang, const nlohmann::json& body) {
    nlohmann::json changes = nlohmann::json::object();
    for (const auto& f : kContactFields)
        if (auto v = input::opt_str(body, f, 200)) changes[f] = *v;
    if (changes.empty()) throw AppError::missing_field("phone");
    auto tx = db.write();
    int64_t id = my_member_id(tx, me);
    auto current = member_json(tx, me.committee_id, id);
    FieldErrors e;
    if (changes.contains("phone")) {
        const std::string phone = changes["phone"];
        check::required(e, "phone", phone, 20);
        if (check::phone(e, "phone", phone) &&
            tx.one(
                "SELECT id FROM members WHERE committee_id = :c AND term_id = :t AND phone = :p AND id <> "
                ":id",
                {{"c", me.committee_id}, {"t", current["term_id"].get<int64_t>()}, {"p", phone}, {"id", id}}))
            e.add("phone", "field_duplicate", {{"value", phone}});
    }
    e.throw_if_any(lang, labels());
    // a newer request replaces one still waiting
    tx.exec(
        "UPDATE contact_change_requests SET status = 'rejected', note = 'superseded', decided_at = :now "
        "WHERE "
        "member_id = :m AND status = 'pending'",
        {{"now", clock::now_iso()}, {"m", id}});
    int64_t req = tx.insert(
        "INSERT INTO contact_change_requests (committee_id, member_id, changes, requested_at) VALUES (:c, "
        ":m, :ch, "
        ":now) RETURNING id",
        {{"c", me.committee_id}, {"m", id}, {"ch", changes.dump()}, {"now", clock::now_iso()}});
    nlohmann::json before = nlohmann::json::object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        before[it.key()] = current[it.key()];
    audit::append(tx, actor, "member.contact_change_requested", "member", std::to_string(id),
                  {{"before", before}, {"after", changes}});
    tx.commit();
    return {{"id", req}, {"status", "pending"}, {"changes", changes}};
}

nlohmann::json list_contact_changes(storage::Db& db, const auth::Principal& me, const std::string& status) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT r.id, r.member_id, m.name AS member_name, m.phone, m.address, m.work_unit, m.job_title, "
             "r.changes, r.status, r.requested_at, r.decided_at, r.note FROM contact_change_requests r JOIN "
             "members m "
             "ON m.id = r.member_id WHERE r.committee_id = :c AND r.status = :s ORDER BY r.id DESC LIMIT 200",
             {{"c", me.committee_id}, {"s", status.empty() ? std::string("pending") : status}})) {
        auto o = r.json();
        o["changes"] = nlohmann::json::parse(r.s("changes"));
        o["current"] = {{"phone", o["phone"]},
                        {"address", o["address"]},
                        {"work_unit", o["work_unit"]},
                        {"job_title", o["job_title"]}};
        for (const char* k : {"phone", "address", "work_unit", "job_title"})
            o.erase(k);
        items.push_back(o);
    }
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json decide_contact_change(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                     int64_t id, bool approve, const std::string& note) {
    auto tx = db.write();
    auto r = tx.one(
        "SELECT member_id, changes, status FROM contact_change_requests WHERE id = :id AND committee_id = :c",
        {{"id", id}, {"c", me.committee_id}});
    if (!r) throw AppError::not_found();
    if (r->s("status") != "pending") throw AppError::conflict("request_already_decided");
    const int64_t member = r->i("member_id");
    auto changes = nlohmann::json::parse(r->s("changes"));
    auto before = member_json(tx, me.committee_id, member);
    if (approve) {
        for (const auto& f : kContactFields) {
            if (!changes.contains(f)) continue;
            std::string v = changes[f];
            storage::Value value = (f == "phone" && v.empty()) ? storage::Value{} : storage::Value(v);
            // the column name comes from the fixed list above, never from input
            tx.exec(
                "UPDATE members SET " + f + " = :v, version = version + 1, updated_at = :now WHERE id = :id",
                {{"v", value}, {"now", clock::now_iso()}, {"id", member}});
        }
    }
    tx.exec(
        "UPDATE contact_change_requests SET status = :s, decided_by = :u, decided_at = :now, note = :note "
        "WHERE id = "
        ":id",
        {{"s", std::string(approve ? "approved" : "rejected")},
         {"u", me.user_id},
         {"now", clock::now_iso()},
         {"note", note},
         {"id", id}});
    nlohmann::json old = nlohmann::json::object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        old[it.key()] = before[it.key()];
    audit::append(tx, actor, approve ? "member.contact_change_approved" : "member.contact_change_rejected",
                  "member", std::to_string(member),
                  {{"before", old}, {"after", approve ? changes : old}, {"request", id}});
    tx.commit();
    return {{"id", id}, {"status", approve ? "approved" : "rejected"}};
}

}  // namespace zhixie::members
