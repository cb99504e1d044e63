#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/org/internal.hpp"

namespace zhixie::org {

int64_t create_body(storage::Tx& tx, const audit::Actor& actor, const NewBody& b) {
    check_choice("kind", b.kind, kBodyKinds);
    check_body_name(tx, b.committee_id, b.name, std::nullopt);
    const std::string on =
        b.established_on.empty() ? clock::today_cst() : check_date("established_on", b.established_on, true);
    const std::string now = clock::now_iso();
    const int64_t id = tx.insert(
        "INSERT INTO bodies (committee_id, name, kind, established_on, sort, created_at, updated_at) "
        "VALUES (:c, :n, :k, :on, :s, :now, :now) RETURNING id",
        {{"c", b.committee_id},
         {"n", text::trim(b.name)},
         {"k", b.kind},
         {"on", on},
         {"s", b.sort},
         {"now", now}});
    replace_posts(tx, b.committee_id, id, b.posts);
    tx.exec(
        "INSERT INTO body_events (committee_id, body_id, event, on_date, new_name, note) "
        "VALUES (:c, :b, 'established', :on, :n, :note)",
        {{"c", b.committee_id}, {"b", id}, {"on", on}, {"n", text::trim(b.name)}, {"note", b.note}});
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = b.committee_id;
    audit::append(tx, a, "body.created", "body", std::to_string(id),
                  {{"after",
                    {{"name", text::trim(b.name)},
                     {"kind", b.kind},
                     {"established_on", on},
                     {"posts", posts_json(b.posts)}}}});
    return id;
}

nlohmann::json add_body(storage::Db& db, const audit::Actor& actor, const NewBody& b) {
    auto tx = db.write();
    const int64_t id = create_body(tx, actor, b);
    auto out = body_json(tx, b.committee_id, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::org
