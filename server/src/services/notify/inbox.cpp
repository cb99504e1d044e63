#include "services/notify/inbox.hpp"

#include "core/error.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::notify {

namespace {
int64_t unread_count(storage::Tx& tx, const auth::Principal& me) {
    return tx
        .one(
            "SELECT COUNT(*) AS n FROM notifications WHERE committee_id = :c AND user_id = :u AND read_at IS "
            "NULL",
            {{"c", me.committee_id}, {"u", me.user_id}})
        ->i("n");
}
}  // namespace

nlohmann::json my_inbox(storage::Db& db, const auth::Principal& me, bool unread_only, int64_t page,
                        int64_t page_size) {
    auto tx = db.read();
    return inbox(tx, me.committee_id, me.user_id, unread_only, page, page_size);
}

// Reading one's own messages changes nothing of the committee's records, so it is not in the audit chain.
nlohmann::json read_one(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.write();
    mark_read(tx, me.committee_id, me.user_id, id);
    auto r =
        tx.one("SELECT id, read_at FROM notifications WHERE id = :id AND committee_id = :c AND user_id = :u",
               {{"id", id}, {"c", me.committee_id}, {"u", me.user_id}});
    if (!r) throw AppError::not_found();
    auto out = r->json();
    out["unread"] = unread_count(tx, me);
    tx.commit();
    return out;
}

nlohmann::json read_all(storage::Db& db, const auth::Principal& me) {
    auto tx = db.write();
    int64_t marked = mark_read(tx, me.committee_id, me.user_id, std::nullopt);
    nlohmann::json out = {{"marked", marked}, {"unread", unread_count(tx, me)}};
    tx.commit();
    return out;
}

}  // namespace zhixie::notify
