#pragma once
// Staffing (编制) of one working body: its authorised posts against the people actually in it. A person
// fills the post whose title matches theirs; failing that, a post of the same kind (leader or staff) that
// still has room. Vacancies are the posts left empty; over-establishment (超编) is people beyond a post's
// count or with no post of their kind. A body with exactly one person is a one-person body (一人委).
#include <cstdint>
#include <string>
#include <vector>

namespace zhixie::org {

struct AuthorisedPost {
    std::string post_kind;  // leader | staff
    std::string title;      // 主任, 副主任, 科员…
    int64_t authorised = 0;
};

struct PersonInPost {
    int64_t id = 0;
    std::string post;  // the person's own post title
};

struct PostFill {
    AuthorisedPost post;
    std::vector<int64_t> people;
    int64_t filled = 0;
    int64_t vacancies = 0;
    int64_t over = 0;
};

struct BodyStaffing {
    std::vector<PostFill> posts;
    std::vector<int64_t> unmatched;  // people for whom no post of their kind exists or has room
    int64_t authorised = 0;
    int64_t filled = 0;
    int64_t vacancies = 0;
    int64_t over = 0;
    bool one_person = false;
};

// leader for titles that lead (主任, 副主任, 主席, 秘书长, 书记, …长), staff otherwise (科员, 主任科员…).
std::string post_kind_of(const std::string& title);

BodyStaffing compute_staffing(const std::vector<AuthorisedPost>& posts,
                              const std::vector<PersonInPost>& people);

// "一室五委" style label for a set of bodies: offices (室), special committees (委), centres (中心).
std::string structure_label(int64_t offices, int64_t special_committees, int64_t centres);

}  // namespace zhixie::org
