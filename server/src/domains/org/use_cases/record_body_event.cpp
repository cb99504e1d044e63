#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/org/internal.hpp"

namespace zhixie::org {

namespace {

void insert_event(storage::Tx& tx, int64_t committee_id, int64_t body_id, const std::string& event,
                  const std::string& on, const std::string& old_name, const std::string& new_name,
                  const std::string& note, const std::optional<int64_t>& related) {
    tx.exec(
        "INSERT INTO body_events (committee_id, body_id, event, on_date, old_name, new_name, note, "
        "related_body_id) VALUES (:c, :b, :e, :on, :old, :new, :note, :r)",
        {{"c", committee_id},
         {"b", body_id},
         {"e", event},
         {"on", on},
         {"old", old_name},
         {"new", new_name},
         {"note", note},
         {"r", related ? storage::Value(*related) : storage::Value{}}});
}

int64_t active_staff(storage::Tx& tx, int64_t committee_id, int64_t body_id) {
    return tx
        .one("SELECT COUNT(*) AS n FROM staff WHERE committee_id = :c AND body_id = :b AND status = '在职'",
             {{"c", committee_id}, {"b", body_id}})
        ->i("n");
}

// People and posts move to the other body; this one closes.
nlohmann::json merge(storage::Tx& tx, int64_t committee_id, const storage::Row& body, const BodyEvent& e,
                     const std::string& on) {
    if (!e.into_body_id) throw AppError::missing_field("into_body_id");
    if (*e.into_body_id == e.body_id) throw AppError::invalid_field("into_body_id", "itself");
    check_body(tx, committee_id, e.into_body_id, "into_body_id");
    const int64_t into = *e.into_body_id;
    const std::string into_name = tx.one("SELECT name FROM bodies WHERE id = :b", {{"b", into}})->s("name");
    const int64_t moved = active_staff(tx, committee_id, e.body_id);
    tx.exec(
        "UPDATE staff SET body_id = :into, version = version + 1, updated_at = :now "
        "WHERE committee_id = :c AND body_id = :b AND status = '在职'",
        {{"into", into}, {"now", clock::now_iso()}, {"c", committee_id}, {"b", e.body_id}});
    for (const auto& p : current_posts(tx, e.body_id)) {
        if (tx.exec("UPDATE body_posts SET authorised = authorised + :n WHERE body_id = :b AND title = :t",
                    {{"n", p.authorised}, {"b", into}, {"t", p.title}}) == 0)
            tx.exec(
                "INSERT INTO body_posts (committee_id, body_id, post_kind, title, authorised) "
                "VALUES (:c, :b, :k, :t, :n)",
                {{"c", committee_id}, {"b", into}, {"k", p.post_kind}, {"t", p.title}, {"n", p.authorised}});
    }
    tx.exec("DELETE FROM body_posts WHERE body_id = :b", {{"b", e.body_id}});
    tx.exec("UPDATE bodies SET abolished_on = :on WHERE id = :b", {{"on", on}, {"b", e.body_id}});
    tx.exec("UPDATE bodies SET version = version + 1, updated_at = :now WHERE id = :b",
            {{"now", clock::now_iso()}, {"b", into}});
    insert_event(tx, committee_id, e.body_id, "merged", on, body.s("name"), into_name, e.note, into);
    return {{"into_body_id", into}, {"into_name", into_name}, {"staff_moved", moved}};
}

nlohmann::json abolish(storage::Tx& tx, int64_t committee_id, const storage::Row& body, const BodyEvent& e,
                       const std::string& on) {
    if (int64_t n = active_staff(tx, committee_id, e.body_id); n > 0)
        throw AppError::conflict("body_has_staff", {{"count", n}});
    tx.exec("UPDATE bodies SET abolished_on = :on WHERE id = :b", {{"on", on}, {"b", e.body_id}});
    insert_event(tx, committee_id, e.body_id, "abolished", on, body.s("name"), "", e.note, std::nullopt);
    return {{"abolished_on", on}};
}

}  // namespace

void rename_body(storage::Tx& tx, int64_t committee_id, int64_t body_id, const std::string& old_name,
                 const std::string& new_name, const std::string& on_date, const std::string& note) {
    check_body_name(tx, committee_id, new_name, body_id);
    tx.exec("UPDATE bodies SET name = :n WHERE id = :b AND committee_id = :c",
            {{"n", new_name}, {"b", body_id}, {"c", committee_id}});
    insert_event(tx, committee_id, body_id, "renamed", on_date, old_name, new_name, note, std::nullopt);
}

void record_body_event(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor, const BodyEvent& e) {
    check_choice("event", e.event, {"renamed", "merged", "abolished"});
    auto body = tx.one(
        "SELECT id, name, established_on, abolished_on FROM bodies WHERE id = :b AND committee_id = :c",
        {{"b", e.body_id}, {"c", committee_id}});
    if (!body) throw AppError::not_found();
    if (!body->is_null("abolished_on")) throw AppError::conflict("body_abolished");
    const std::string on = check_date("on_date", e.on_date.empty() ? clock::today_cst() : e.on_date, true);
    if (on < body->s("established_on"))
        throw AppError::invalid_field("on_date", "before established_on " + body->s("established_on"));
    nlohmann::json after;
    if (e.event == "renamed") {
        const std::string name = text::trim(e.new_name);
        if (name.empty()) throw AppError::missing_field("new_name");
        if (name == body->s("name")) throw AppError::invalid_field("new_name", "unchanged");
        rename_body(tx, committee_id, e.body_id, body->s("name"), name, on, e.note);
        after = {{"name", name}};
    } else if (e.event == "merged") {
        after = merge(tx, committee_id, *body, e, on);
    } else {
        after = abolish(tx, committee_id, *body, e, on);
    }
    tx.exec("UPDATE bodies SET version = version + 1, updated_at = :now WHERE id = :b",
            {{"now", clock::now_iso()}, {"b", e.body_id}});
    after["on_date"] = on;
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = committee_id;
    audit::append(tx, a, "body." + e.event, "body", std::to_string(e.body_id),
                  {{"before", {{"name", body->s("name")}}}, {"after", after}});
}

nlohmann::json apply_body_event(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                                const BodyEvent& e) {
    auto tx = db.write();
    record_body_event(tx, me.committee_id, actor, e);
    auto out = body_json(tx, me.committee_id, e.body_id);
    tx.commit();
    return out;
}

}  // namespace zhixie::org
