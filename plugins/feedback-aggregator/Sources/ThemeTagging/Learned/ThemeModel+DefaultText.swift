// Written by `make theme-model` (rapport themes train --swift): do not edit by hand.
extension ThemeModel {
    /// The text of the shipped model (plugins/feedback-aggregator/lexicon/theme-model.txt).
    public static let defaultText = #"""
# Rapport theme model: the learned reader of the feedback aggregator's theme tagger.
# Made by `rapport themes train`, from comments labelled by hand; do not edit the weights by hand.
# It adds a theme the lexicon did not tag when the probability that the comment judges it
# reaches `threshold` (plugins/feedback-aggregator/README.md, "The learned reader").
#
# Settings: `version`, `lexicon` (the lexicon version it was trained with), `threshold`,
# `themes` (in the order of the weights) and `trained-on`. After `weights`, each line is a
# feature and its weights that are not zero, as INDEX:WEIGHT: for N themes, index i < N weighs
# theme i being judged, index N + i theme i being praised, written with two decimals. The feature `bias` holds the
# intercepts. Features: `u:word`, `n:word` (a word a negation governs), `b:word_word`, `s:stem`,
# `author:customer|employee`, and per theme `lt:` (the lexicon tagged it), `le:` (judged below
# the threshold), `lp:`/`ln:` (its net leans to praise or complaint).

version 2026-12-07
lexicon 2026.12-10
threshold 0.5
themes waiting-time staff-attitude knowledge cleanliness price product-quality communication
trained-on 5113 comments: tuning.jsonl probe.jsonl probe2.jsonl probe3.jsonl probe4.jsonl probe6.jsonl probe7.jsonl probe8.jsonl probe11.jsonl probe13.jsonl probe14.jsonl probe16.jsonl probe18.jsonl probe19.jsonl probe21.jsonl probe22.jsonl probe23.jsonl probe24.jsonl probe25.jsonl probe26.jsonl probe27.jsonl

weights
bias 0:-2.58 1:-3.01 2:-2.92 3:-2.64 4:-2.86 5:-2.57 6:-3.03 7:-0.25 8:-0.2 9:-0.47 10:-0.05 11:-0.25 12:-0.16 13:-0.45
author:customer 0:-0.96 1:-0.93 2:-1.37 3:-1.28 4:-1.15 5:-0.57 6:-1.13 8:-0.1 9:-0.1 10:-0.22 13:-0.28
author:employee 0:-1.39 1:-1.81 2:-1.28 3:-1.12 4:-1.44 5:-1.77 6:-1.63 7:-0.12 9:-0.17 10:0.19 11:-0.2 12:-0.17
b:%_off 5:0.11
b:10_10 0:-0.1
b:10_mins 0:0.16
b:120_for 5:0.19
b:12_for 11:-0.18
b:19_th 13:-0.1
b:20_for 4:-0.1 11:0.16
b:20_mins 0:0.33 5:-0.12
b:20_minutes 7:0.21 13:0.15
b:24_hours 0:-0.25
b:25_min 0:0.13
b:2_and 13:0.23
b:2_days 0:0.12
b:2_for 6:0.12
b:2_hrs 0:0.14
b:35_minutes 6:0.12
b:3_days 7:0.27
b:3_march 6:0.11
b:3_rd 12:-0.13 13:-0.1
b:3_times 0:0.17 7:-0.18 9:-0.12
b:3_to 7:0.16
b:3_weeks 12:0.37
b:40_a 11:-0.12
b:45_p 4:0.11 11:-0.21
b:48_hours 13:-0.11
b:4_a 0:0.17 7:-0.11
b:4_days 0:0.14 4:-0.1 7:-0.16
b:4_hours 7:-0.15
b:5000_miles 1:0.1 9:0.1
b:50_for 11:-0.12
b:50_minutes 0:0.17 1:-0.12 7:-0.16
b:5_days 0:0.12
b:5_mins 5:0.1
b:65_to 4:0.12
b:6_pm 0:0.19
b:6_weeks 7:-0.16
b:7_am 13:-0.11
b:8_am 0:0.26
b:90_for 12:0.11
b:95_for 11:-0.1
b:99_a 11:0.18
b:9_days 0:0.11
b:9_for 5:-0.1
b:9_pm 13:-0.1
b:a_bathroom 2:0.12 10:-0.15
b:a_bin 12:0.28
b:a_bit 4:0.12 5:0.16 6:-0.14 8:-0.15 9:0.23
b:a_bob 5:0.13
b:a_book 0:0.11
b:a_broadband 5:0.1
b:a_broken 5:-0.13
b:a_budget 11:0.19
b:a_button 8:-0.1
b:a_call 0:-0.23 6:0.1
b:a_cat 12:0.12
b:a_chat 8:-0.1
b:a_cheque 9:-0.1
b:a_clean 0:-0.15
b:a_cloud 12:0.1
b:a_clue 2:0.21 6:-0.11 9:-0.18
b:a_coffee 0:0.12
b:a_collection 12:0.1
b:a_couple 13:0.13
b:a_customer 3:-0.1
b:a_day 0:0.13 1:-0.12 3:0.12 5:0.37 7:0.16
b:a_diagnostic 5:-0.11
b:a_different 2:0.1 9:-0.16
b:a_drop 12:0.14
b:a_e 0:0.21 7:-0.26
b:a_fault 7:0.14
b:a_fiver 11:0.38 12:0.15
b:a_flat 11:0.18
b:a_fortnight 0:0.16 5:0.17 12:-0.43
b:a_free 0:0.32 4:-0.16 5:-0.11 12:-0.11
b:a_friday 0:0.17 5:0.11 12:0.19
b:a_full 3:0.1 4:0.12 9:-0.14 11:0.21
b:a_gem 1:0.14 8:0.12
b:a_godsend 0:0.1 7:0.11
b:a_good 5:0.19
b:a_head 12:-0.18
b:a_human 6:0.11
b:a_joke 11:-0.12
b:a_kidney 8:0.14
b:a_lady 0:0.16
b:a_lot 1:0.21 4:0.15 6:0.17 8:0.16 11:-0.13 12:0.16 13:-0.1
b:a_massive 5:0.13 12:-0.11
b:a_minute 0:0.11
b:a_miracle 5:-0.13
b:a_month 4:-0.12 11:0.11 12:-0.17
b:a_new 5:0.11 7:0.17
b:a_night 3:0.1 11:-0.11
b:a_nightmare 0:-0.11
b:a_no 4:0.12
b:a_note 13:0.12
b:a_one 6:0.12 7:0.15 13:0.18
b:a_penny 4:0.15 11:0.18
b:a_photo 5:-0.14 6:0.2 13:0.17
b:a_picture 13:0.11
b:a_plaster 3:0.12
b:a_private 2:0.14
b:a_problem 0:0.12
b:a_proper 5:-0.17 8:-0.31
b:a_puddle 3:-0.15 5:0.12 12:-0.14
b:a_quick 0:-0.24 5:-0.13 12:0.13
b:a_real 8:-0.1
b:a_replacement 0:0.13 6:0.12 13:0.12
b:a_reply 6:0.15
b:a_router 11:-0.12
b:a_safe 12:0.11
b:a_sandwich 4:-0.1 5:-0.18 11:0.1
b:a_second 2:0.11
b:a_service 2:0.11
b:a_session 11:-0.12
b:a_single 0:-0.15 4:-0.1 6:0.16 13:-0.11
b:a_small 1:0.11 4:0.12
b:a_smile 1:0.11 8:-0.12
b:a_spotless 3:-0.11
b:a_steal 4:0.11 11:-0.12
b:a_sticky 5:0.13
b:a_straight 2:0.11
b:a_table 0:0.16
b:a_ten 13:0.11
b:a_text 5:-0.11 6:0.26
b:a_time 12:0.1
b:a_tip 3:0.31 10:-0.21
b:a_tracking 0:-0.13
b:a_treat 10:0.13
b:a_trim 5:0.22 12:-0.18
b:a_two 4:0.13
b:a_water 1:-0.11
b:a_week 0:0.23 2:0.1 6:0.28 12:-0.17
b:a_wet 3:0.1
b:a_word 0:0.11 6:0.18 12:-0.13
b:a_year 10:-0.17
b:a_young 5:0.1
b:a_£ 1:0.13 12:0.11
b:about_a 1:0.14 5:-0.15 6:-0.16
b:about_her 8:-0.15
b:about_it 5:0.13 6:0.21 12:-0.17
b:about_my 0:-0.13 4:-0.11
b:about_not 13:0.11
b:about_the 0:-0.13 4:-0.13 5:-0.25 6:0.16 8:0.33 9:-0.12 10:0.14 13:-0.24
b:about_them 5:0.13 12:0.16
b:about_£ 9:0.12 11:0.11
b:absolute_gem 11:0.14
b:across_the 12:-0.11
b:acted_like 1:0.23 8:-0.12
b:actually_know 2:0.12
b:actually_listened 1:-0.11 6:0.14 13:0.12
b:actually_turned 7:0.1
b:advisers_at 2:0.1
b:after_a 1:-0.11 13:0.22
b:after_four 5:0.13
b:after_himself 3:0.1 5:0.15 7:0.11 12:0.23
b:after_i 0:0.14
b:after_one 5:0.11 12:-0.15
b:after_six 5:0.12
b:after_the 0:-0.23 3:-0.13 4:0.15 5:-0.11 6:0.11 12:-0.12
b:after_themselves 3:0.1
b:agent_was 0:0.11 4:0.1
b:ages_for 0:0.13
b:agreed_the 5:0.14 6:0.13 8:0.12 13:0.12
b:all_along 2:0.15
b:all_day 1:0.16
b:all_over 0:0.11 1:-0.18 3:0.23 5:-0.14 10:-0.19
b:all_smiles 8:-0.12
b:all_the 1:0.15 3:0.19 12:0.16
b:all_weekend 5:0.1 12:-0.12
b:almost_everyone 10:0.14
b:alone_was 4:0.11 12:0.12
b:always_a 0:0.11 5:-0.19 7:0.21
b:am_from 13:0.11
b:an_absolute 11:0.14
b:an_email 6:0.11
b:an_engineer 5:0.15
b:an_expert 9:-0.12
b:an_extra 4:-0.17
b:an_hour 0:0.35 4:0.17 5:0.17 6:-0.31 7:-0.12 11:-0.15 12:0.16
b:an_x 0:-0.11
b:and_9 13:-0.1
b:and_a 0:-0.17 3:0.44 4:0.22 8:-0.19 9:0.21 10:-0.3 13:0.12
b:and_about 12:0.13
b:and_adjusted 11:-0.11
b:and_all 5:0.1
b:and_ask 13:-0.14
b:and_came 5:0.17 9:0.13
b:and_charged 5:0.11
b:and_chatted 8:0.15
b:and_checked 6:0.11
b:and_cheerful 4:0.11
b:and_chips 5:0.11
b:and_clean 1:0.11 8:-0.11 12:-0.13
b:and_cleaned 5:0.18
b:and_clearly 8:-0.13
b:and_customers 6:-0.11 10:0.21
b:and_didnt 0:0.12 1:0.18 2:-0.11 6:0.15
b:and_drove 5:0.12
b:and_dust 10:-0.1
b:and_easy 6:0.2
b:and_encouraging 5:0.11
b:and_explained 6:0.14 13:0.21
b:and_filled 1:0.15
b:and_find 13:0.1
b:and_found 2:0.1
b:and_gave 5:0.12
b:and_got 2:0.26 6:-0.12 11:0.11
b:and_had 0:0.24 5:0.23 6:-0.15 7:0.11 12:0.27 13:0.13
b:and_half 5:0.12
b:and_he 6:-0.12 7:0.18 8:0.16
b:and_i 1:-0.16 2:0.18 6:-0.19 7:-0.19 8:-0.13 9:-0.36 11:-0.34 13:-0.11
b:and_im 3:0.11
b:and_it 0:0.14 1:-0.13 5:0.24 11:0.37 12:0.25 13:-0.13
b:and_its 7:-0.14
b:and_ive 2:0.1
b:and_knew 9:0.13
b:and_leaves 10:-0.14
b:and_left 3:0.12 5:-0.21 6:-0.1
b:and_most 8:0.19
b:and_my 8:-0.18
b:and_never 1:0.19 5:-0.19 8:0.12
b:and_no 0:0.15 1:-0.11 2:-0.15 5:-0.1 6:0.17
b:and_nobody 5:-0.1 12:-0.17 13:-0.13
b:and_not 4:-0.12 5:0.15
b:and_now 5:0.16 12:-0.13
b:and_one 0:-0.13 7:-0.11
b:and_out 0:0.19 5:-0.16 6:-0.11 7:0.15
b:and_overpriced 12:-0.21
b:and_people 13:0.11
b:and_put 5:0.12 12:0.12
b:and_said 0:-0.11
b:and_saved 2:0.16
b:and_sent 12:-0.11 13:0.12
b:and_several 2:0.12 4:0.19 9:0.13 10:0.13 11:-0.17
b:and_she 2:-0.11 5:0.31 9:0.11
b:and_stayed 12:0.12
b:and_steered 11:0.13
b:and_that 0:-0.11 2:-0.11 9:0.12 11:0.13
b:and_the 0:0.4 1:0.3 2:0.23 3:0.34 4:0.37 5:0.64 7:0.1 9:-0.13 10:0.13 13:-0.17
b:and_then 1:0.1 7:0.13 8:0.19 13:-0.19
b:and_theres 0:-0.1 5:0.23 12:-0.18
b:and_they 6:-0.11 7:0.11 10:0.19 12:0.26 13:0.16
b:and_told 9:0.24
b:and_took 4:0.16
b:and_two 5:0.11 12:-0.16
b:and_warm 12:-0.33
b:and_was 0:0.21
b:and_we 2:0.14 6:0.11 13:-0.12
b:and_went 10:-0.14
b:and_were 0:0.1 5:0.14
b:and_what 6:0.13 13:0.12
b:and_when 0:0.11 4:-0.1 5:0.18 6:0.11 7:-0.14 8:-0.14
b:and_which 13:0.1
b:and_why 6:0.15 13:0.15
b:and_wouldnt 13:-0.18
b:and_you 12:-0.16
b:another_5000 1:0.1 9:0.1
b:answered_the 8:0.13
b:answers_depending 9:0.16
b:any_more 2:0.14
b:anyone_know 2:-0.11
b:anyone_tell 9:0.11
b:anyone_to 12:-0.11
b:anything_at 5:0.11 11:0.14
b:anywhere_else 11:0.1
b:apologetic_and 3:0.11 10:0.1
b:app_is 6:-0.17
b:app_now 12:0.12
b:app_said 0:0.13 6:0.2
b:app_still 0:-0.1
b:app_was 13:-0.12
b:appeared_at 6:0.11
b:appointment_letter 13:-0.14
b:appreciate_the 1:-0.1
b:appreciated_finding 6:0.12
b:appreciated_the 13:-0.16
b:are_always 11:0.1
b:are_broken 5:0.1 10:0.19
b:are_double 5:0.12
b:are_fuming 7:-0.11
b:are_lovely 12:-0.11
b:are_out 2:0.15
b:are_ready 13:0.11
b:are_still 12:-0.11
b:are_thrilled 12:0.1
b:argue_with 4:0.13 11:0.24
b:arrived_in 0:0.15 7:-0.16
b:arrived_with 12:-0.13
b:as_a 2:0.14 8:-0.16 12:0.12
b:as_cheap 12:-0.12
b:as_chips 11:0.15
b:as_long 0:0.16
b:as_promised 0:0.13 7:0.14
b:as_the 9:0.1 12:-0.11
b:as_well 6:0.11
b:as_you 0:0.12
b:ask_about 2:0.23
b:ask_for 1:0.17 8:-0.12
b:ask_how 8:0.12
b:ask_me 9:-0.24
b:ask_us 13:-0.14
b:asked_about 1:-0.14 6:-0.14 11:0.13
b:asked_for 1:0.12 5:0.26 12:-0.17
b:asked_if 1:0.14 2:0.3 3:-0.1 6:-0.15
b:asked_the 0:-0.15 1:-0.17 2:0.16 5:-0.19 6:0.16
b:asked_to 2:-0.11
b:asked_what 4:-0.12
b:asking_for 11:0.1 13:0.12
b:asleep_on 8:-0.15
b:at_10 0:0.11
b:at_2 0:-0.11 13:0.21
b:at_6 0:0.18 6:0.11
b:at_7 0:0.17
b:at_8 0:0.12 7:-0.13
b:at_a 5:-0.12 8:0.1
b:at_all 2:-0.1 4:-0.14 8:0.24
b:at_checkout 6:0.11
b:at_closing 5:-0.11
b:at_every 5:0.14 13:0.12
b:at_home 0:-0.12 12:0.14
b:at_it 12:-0.11
b:at_lunchtime 2:0.13 5:0.17 13:0.11
b:at_me 1:0.14 8:-0.17
b:at_my 4:0.12
b:at_our 5:0.17 12:-0.13
b:at_the 1:0.17 3:-0.15 4:-0.1 5:-0.12 8:-0.13 10:-0.12 12:0.3 13:-0.15
b:at_this 5:-0.11
b:at_£ 4:0.16 5:0.11 6:-0.11
b:back_because 0:-0.12
b:back_from 5:0.12
b:back_in 0:0.1 5:0.11 7:0.14
b:back_on 0:0.11
b:back_smelling 5:0.14
b:back_that 11:-0.13
b:back_to 5:0.11 6:0.13 7:-0.14 10:-0.19
b:back_twice 12:-0.19
b:back_with 3:0.16 9:0.15 12:-0.12
b:back_within 0:-0.22
b:bad_for 7:0.14
b:bang_on 7:0.11
b:barely_warm 12:-0.13
b:bathroom_and 2:0.12 10:-0.14
b:be_back 1:-0.12 5:-0.11
b:be_fair 5:0.19
b:be_nice 10:-0.11
b:be_ready 0:0.1 2:-0.1
b:be_thursday 0:0.1
b:be_told 2:0.11
b:because_he 12:-0.13
b:because_i 13:0.1
b:because_it 0:-0.11 1:0.15
b:because_nobody 13:-0.12
b:because_of 5:0.12 7:-0.19
b:because_the 1:-0.17 2:0.1 6:-0.21 10:0.15 13:-0.12
b:because_they 6:0.18
b:bedroom_was 5:-0.15
b:been_given 5:0.1
b:been_going 13:0.11
b:been_kept 7:0.28
b:been_on 0:0.12
b:been_out 13:-0.13
b:been_there 0:0.1
b:been_told 0:-0.14 2:-0.14 10:-0.1
b:been_warned 11:0.11
b:before_a 3:0.11
b:before_doing 4:0.16
b:before_he 10:0.14
b:before_i 4:-0.12
b:before_id 7:0.13 13:0.13
b:before_the 5:0.14 13:-0.13
b:before_with 13:0.1
b:beforehand_to 6:0.1 13:0.13
b:being_told 7:-0.13 9:0.1
b:believe_it 0:0.12 7:0.19
b:best_fade 12:0.27
b:best_in 3:-0.12 5:0.13 11:-0.14
b:best_value 4:0.24 5:-0.15 11:0.22
b:better_than 1:-0.19 5:0.21 9:0.12 11:0.11 12:0.21
b:bill_for 8:-0.1
b:bill_is 6:0.16
b:bill_was 4:0.2 11:-0.11
b:bill_without 5:0.2 12:-0.14
b:bin_day 13:-0.14
b:bin_men 5:0.29
b:bit_dear 11:-0.11
b:bloke_at 1:0.23
b:blood_on 8:0.14
b:blow_dry 12:-0.12
b:bone_dry 12:0.33
b:booked_a 6:-0.1 12:0.11
b:booked_for 7:-0.1
b:booked_in 2:0.1
b:booked_my 5:0.11
b:booking_confirmation 6:0.16
b:bought_a 5:0.24
b:box_that 5:-0.11
b:brakes_were 2:0.18
b:branch_staff 1:0.1
b:branch_told 9:-0.1
b:brand_new 0:0.19 3:0.1 5:0.17 7:0.16 12:0.14
b:breakfast_was 5:0.1 11:-0.12
b:brilliant_and 12:0.14
b:brilliant_at 2:0.18 9:0.11
b:broadly_positive 13:0.12
b:broken_in 12:-0.11
b:broken_streetlight 0:0.12
b:brought_the 5:-0.11 8:0.13 10:0.14
b:budget_hotel 11:0.19
b:burnt_pizza 5:0.12
b:but_after 5:-0.1
b:but_at 12:-0.17
b:but_everyone 8:0.13
b:but_had 0:0.16
b:but_he 5:-0.11
b:but_honestly 8:0.1
b:but_i 1:0.15 2:-0.11 7:-0.1
b:but_it 4:-0.11 7:0.13
b:but_left 3:0.11 5:0.11 12:0.31
b:but_most 11:-0.14
b:but_no 12:-0.11
b:but_said 13:-0.13
b:but_she 5:-0.13
b:but_the 3:0.17 4:0.36 5:0.52 6:0.12 7:-0.26 11:-0.25 13:0.17
b:but_they 1:0.18 5:0.27 6:0.1 8:0.11 11:0.19
b:but_two 12:-0.11
b:but_when 1:-0.16 6:-0.1
b:but_£ 5:0.14 12:0.23
b:by_9 8:0.14
b:by_a 3:0.11
b:by_almost 10:0.14
b:by_email 6:0.13
b:by_hand 5:-0.12
b:by_name 1:0.18 13:0.1
b:by_step 6:0.12
b:by_the 6:-0.13 8:-0.1 10:-0.25 12:-0.16
b:by_which 7:-0.16
b:caf_s 12:-0.11
b:call_back 5:-0.11 13:-0.14
b:call_centre 1:0.11
b:call_me 0:-0.22
b:call_out 11:-0.12
b:callback_slots 7:0.11
b:calling_the 2:0.11
b:came_back 2:0.11 3:0.13 12:-0.12 13:0.12
b:came_in 0:-0.16 5:-0.21
b:came_out 1:0.16 5:0.23
b:can_actually 13:0.1
b:can_get 0:-0.1 5:-0.13
b:can_say 11:0.12
b:can_see 6:0.14
b:can_tell 1:0.13
b:cancelled_on 7:-0.11 13:-0.1
b:cant_answer 2:0.12
b:cant_argue 4:0.16 11:0.31 12:0.11
b:cant_fault 10:0.11
b:cant_say 5:-0.1
b:cant_see 5:0.13
b:canteen_prices 4:-0.12
b:car_and 2:-0.1 6:0.18 13:-0.11
b:car_in 8:0.15
b:car_itself 5:0.1
b:car_park 1:-0.17 6:-0.15
b:car_was 13:-0.13
b:car_wash 5:0.14
b:card_and 12:-0.11
b:care_home 1:-0.11 5:0.1 12:0.14
b:careful_with 5:0.14
b:carried_it 1:0.12
b:carrier_bags 11:-0.23
b:centre_cafe 5:-0.14
b:changing_rooms 3:0.25 10:-0.11 12:0.1
b:charge_for 4:0.15
b:charged_for 6:0.14
b:charged_me 4:0.25 6:-0.18
b:charged_£ 5:0.1 11:-0.15
b:chase_them 13:0.13
b:chat_bot 6:0.12 13:-0.15
b:cheap_and 4:0.13 11:0.11
b:cheap_as 11:0.16
b:cheap_at 11:-0.13
b:cheap_n 5:0.13
b:cheaper_than 11:0.23
b:cheaper_to 11:-0.29
b:cheapest_i 7:0.12
b:check_in 0:0.21 1:0.12 5:0.15 6:-0.1 12:-0.17
b:check_on 1:-0.1
b:chef_came 8:0.12
b:chewing_gum 1:-0.18
b:chicken_was 5:0.12
b:chips_and 5:0.11
b:chips_were 5:0.19 12:-0.24
b:choose_a 12:0.12
b:christmas_jumpers 1:-0.18
b:claim_for 12:0.11
b:claims_discount 4:0.13
b:clean_and 3:0.11 4:0.12 8:0.11 10:0.11 11:-0.16
b:cleaned_every 10:0.21
b:cleaned_me 5:-0.16 11:-0.12
b:cleaned_once 10:-0.14
b:cleaned_up 3:0.22 10:0.11
b:cleaner_than 3:0.18 7:-0.13 10:0.2
b:cleaning_contract 10:0.16
b:clear_and 6:0.14 13:0.3
b:cleared_up 2:0.1
b:clearly_and 1:0.17
b:clearly_had 1:0.12 8:-0.1
b:clients_love 13:0.11
b:clinic_as 8:0.11
b:cold_and 5:0.21
b:cold_by 8:0.14
b:come_and 12:-0.12
b:come_back 5:0.14 12:0.19
b:come_in 6:0.1
b:come_on 5:0.14
b:coming_back 12:0.13
b:coming_out 5:0.11 7:-0.12
b:commenting_on 10:0.2
b:compared_the 11:-0.11
b:compared_well 11:0.13
b:complain_about 6:-0.12
b:complaining_that 7:-0.14 13:0.15
b:complaint_about 12:0.17
b:complaints_about 10:0.16 13:0.11
b:complaints_have 12:0.12
b:confusing_and 13:-0.2
b:contract_was 11:-0.12
b:cost_me 11:-0.11
b:cost_of 4:-0.11 10:0.11
b:cost_£ 11:-0.12 12:-0.11
b:could_do 3:0.12
b:could_eat 10:0.11
b:could_find 4:-0.1 7:0.12 10:-0.17
b:could_have 2:0.12
b:could_not 2:0.11
b:could_pay 9:-0.1
b:could_take 9:0.23
b:couldnt_do 8:0.13
b:couldnt_fault 1:-0.11
b:couldnt_have 1:0.13 2:-0.14
b:couldnt_tell 2:0.17 5:-0.19 9:-0.18
b:council_about 0:0.12
b:council_kept 12:0.17
b:counter_anyway 5:0.11
b:counter_has 7:0.11
b:couple_of 13:0.14
b:courtesy_car 5:-0.11
b:cracked_screen 5:0.14
b:crept_up 11:-0.1
b:crisps_and 11:0.17
b:curry_was 8:-0.1
b:customer_service 12:-0.1
b:customer_toilets 3:0.15 10:-0.14
b:customers_are 5:0.11 6:0.12 7:-0.15 10:-0.12 13:-0.1
b:customers_ask 2:0.14 6:0.1 9:-0.14
b:customers_dont 0:0.1
b:customers_end 5:0.12 12:-0.11
b:customers_have 3:0.14 9:0.17 13:0.13
b:customers_keep 5:0.1 7:-0.2 12:-0.26
b:customers_love 4:-0.1 7:0.13 12:0.14 13:0.12
b:customers_say 1:0.13 11:0.1
b:customers_the 2:0.16
b:customers_when 1:0.14
b:cut_the 2:0.11 3:0.11 12:0.19
b:cut_to 5:0.1
b:damp_smell 10:0.14
b:day_and 0:0.2 2:0.1
b:day_delivery 7:-0.22 13:-0.13
b:day_had 13:-0.21
b:day_is 7:-0.11
b:daylight_robbery 0:-0.13
b:days_ago 6:0.13
b:days_and 0:0.18
b:days_before 5:-0.1
b:days_for 7:0.13
b:days_later 0:-0.19 2:0.11 4:-0.14
b:days_with 5:0.13 7:-0.12 12:-0.12
b:deadlift_form 2:0.1
b:dealt_with 0:0.18 10:0.12
b:dear_for 11:-0.12
b:delay_repay 7:0.21
b:delivered_it 1:0.14 12:0.11
b:delivered_to 8:-0.11
b:delivered_with 6:0.13 13:0.12
b:delivery_and 7:-0.11
b:delivery_charge 4:0.14
b:delivery_driver 1:0.11
b:delivery_would 13:-0.11
b:dentist_has 1:0.1
b:dentist_is 11:0.16
b:dentist_was 6:0.12
b:depending_on 2:0.13 6:-0.11
b:described_as 2:0.22 3:0.12 4:0.15 5:0.15 7:-0.1 10:0.21 13:0.18
b:described_the 2:-0.1 6:0.15 11:0.11 12:0.11 13:-0.17
b:did_a 0:0.19 5:0.26 12:0.12 13:-0.12
b:did_it 8:0.15
b:did_ring 13:0.1
b:didnt_charge 0:0.14 7:0.12 11:0.18
b:didnt_even 1:0.15 8:-0.33
b:didnt_expect 10:0.1
b:didnt_get 5:0.12
b:didnt_have 6:-0.12 9:-0.14 13:0.11
b:didnt_just 9:0.1
b:didnt_know 1:-0.17 2:0.22 6:-0.15 9:-0.13
b:didnt_mind 12:0.13
b:didnt_need 2:0.14 9:0.27
b:didnt_say 1:-0.14 6:0.19
b:didnt_try 1:0.13 8:0.13
b:didnt_understand 1:0.1
b:didnt_work 12:-0.15
b:different_answers 2:0.16 6:-0.12
b:direct_debit 4:0.1
b:discount_for 1:0.11
b:discussed_the 5:0.14
b:do_enough 8:0.13
b:do_with 10:-0.11
b:does_the 5:-0.16
b:doesnt_listen 13:-0.12
b:dog_died 1:0.13
b:doing_and 5:0.11
b:doing_anything 4:0.11
b:dominated_discussion 0:0.1
b:done_it 2:0.12
b:dont_have 6:0.11
b:dont_know 6:0.12
b:dont_understand 6:0.1
b:door_at 0:0.13 7:0.11
b:door_to 7:0.13
b:double_booked 5:0.16
b:double_what 5:0.1
b:down_for 1:0.1
b:down_on 11:0.14 12:0.12
b:down_the 1:-0.11 11:-0.1 12:-0.18
b:downright_rude 7:-0.11
b:driver_was 0:0.1
b:drivers_seat 3:0.11 5:-0.11
b:dropped_every 5:0.1
b:dropped_from 7:0.1
b:dropped_my 7:0.22
b:dropped_the 0:0.1
b:dropped_to 10:0.16
b:dry_cleaner 5:0.23 12:-0.21
b:dry_cleaning 4:-0.16
b:due_the 6:0.14
b:dunno_why 11:0.11
b:dust_before 10:0.17
b:each_time 5:0.12
b:ear_and 5:0.14
b:easy_to 5:0.1 6:0.18 7:0.11
b:eggs_were 8:0.15
b:eight_and 0:0.1
b:elderly_customers 1:0.17
b:else_in 11:0.15
b:elses_hair 3:0.1
b:elses_tablets 2:0.16
b:email_saying 13:-0.13
b:emails_about 6:0.15 13:-0.1
b:emails_to 13:-0.11
b:end_of 11:0.13
b:end_up 6:-0.11 12:-0.11
b:energy_supplier 7:0.1
b:engineer_left 3:0.12 10:-0.1
b:engineer_was 0:0.21 12:-0.11 13:-0.19
b:enough_for 8:0.13
b:entitled_to 4:0.1
b:equipment_is 4:0.13 5:0.11
b:estate_agent 6:0.12
b:even_asking 1:0.15
b:even_at 0:0.11 7:0.1
b:even_finished 0:-0.11
b:even_the 10:0.25
b:even_tho 8:0.14
b:even_though 2:-0.11 5:-0.13
b:every_call 0:0.12
b:every_day 5:0.16 13:-0.12
b:every_hour 3:0.22 10:0.3
b:every_one 0:0.1 1:0.1
b:every_penny 4:0.13 11:0.17 12:0.13
b:every_stage 5:0.11
b:every_step 6:0.12 13:0.12
b:every_ten 5:0.12
b:every_time 11:-0.1
b:every_week 6:-0.18 10:-0.14
b:every_year 11:-0.2
b:everyone_else 8:-0.15
b:everyone_said 5:0.14
b:everyone_was 0:-0.1
b:exactly_how 2:0.17 5:0.13 9:0.14
b:exactly_what 0:0.17 1:-0.13 5:0.11 6:-0.11 9:0.16 11:0.15 12:0.26
b:exactly_when 7:0.1
b:exactly_where 6:0.26 13:0.15
b:exactly_which 2:0.15 9:0.17
b:expect_much 12:0.1
b:expected_more 12:-0.23
b:expecting_a 1:0.1
b:expecting_to 1:-0.11
b:explain_it 2:0.11
b:explain_the 6:0.1 13:-0.25
b:explain_what 6:0.12 13:0.1
b:explained_everything 1:0.14 6:0.11 13:0.15
b:explained_it 13:0.12
b:explained_the 6:0.1 13:0.12
b:explained_what 5:0.15
b:express_checkout 0:0.21 7:-0.15
b:extra_for 7:-0.27
b:eye_watering 11:-0.11
b:face_when 5:0.1
b:fair_play 5:0.12 11:0.14
b:families_valued 11:0.1
b:fantastic_value 11:-0.18
b:fast_and 6:0.11
b:faster_than 0:-0.12 5:0.14
b:fee_on 11:-0.16
b:fee_was 4:0.1 5:-0.13
b:feel_like 0:-0.14 1:0.11
b:fees_are 4:0.13
b:fell_out 5:0.17 12:-0.13
b:felt_like 5:-0.15
b:felt_the 4:0.12 9:0.11
b:felt_they 11:-0.12
b:few_people 5:-0.1
b:fewer_people 6:0.1
b:film_was 12:0.13
b:filthy_and 3:0.11
b:final_bill 5:-0.11 13:-0.12
b:finally_got 9:0.27
b:find_a 10:-0.11
b:find_out 6:0.11 13:-0.2
b:find_the 11:-0.14 13:-0.16
b:finding_out 6:0.12
b:fine_for 0:-0.1 11:-0.11
b:finished_explaining 6:-0.11
b:first_bill 7:0.1
b:first_go 2:0.17 8:0.14
b:first_person 1:0.1
b:first_place 12:-0.11
b:first_time 3:-0.11 6:-0.11 12:0.21 13:0.14
b:fish_counter 2:0.14
b:fitted_are 11:-0.13
b:fitter_was 12:-0.11
b:five_days 7:-0.19
b:five_stars 5:0.12
b:fiver_for 11:0.16
b:fix_a 7:0.13
b:fix_the 5:0.17
b:fixed_after 7:-0.16
b:fixed_my 4:0.12 11:0.11
b:fixed_the 5:0.24 12:0.11
b:flat_white 5:0.12 11:0.14 12:0.11
b:flea_treatment 11:-0.14
b:fly_tipping 0:0.13
b:focus_group 4:0.11
b:food_was 5:0.13 10:-0.15 11:-0.16 12:-0.22
b:for_25 8:-0.1
b:for_9 0:0.13
b:for_a 0:-0.15 2:0.19 4:0.3 6:0.1 7:0.21 8:0.23 9:-0.16 10:-0.12 11:0.27 12:-0.47 13:-0.11
b:for_an 0:-0.14 4:0.14 5:-0.12 7:-0.11 11:-0.16
b:for_anyone 12:-0.11
b:for_asking 8:-0.12
b:for_broadband 11:-0.2
b:for_collection 7:-0.16 13:-0.12
b:for_days 0:-0.11 1:-0.11 5:0.12
b:for_her 1:0.14
b:for_his 9:0.1
b:for_it 7:-0.1 8:0.2
b:for_me 0:0.11 2:0.12 5:-0.12 9:0.11 13:0.27
b:for_more 13:0.13
b:for_my 12:-0.11
b:for_new 5:0.14 12:-0.1
b:for_next 0:0.1 4:-0.19 7:-0.19
b:for_nothing 4:0.11
b:for_once 1:-0.13 12:0.16 13:0.14
b:for_over 0:0.13 6:-0.1
b:for_parking 11:-0.15
b:for_paying 1:0.1
b:for_repair 7:0.19
b:for_semi 5:0.1
b:for_six 11:-0.12
b:for_someone 0:0.15
b:for_staff 4:-0.11
b:for_that 12:-0.11
b:for_the 0:0.37 1:0.1 2:-0.26 4:0.11 5:0.26 6:0.15 7:-0.12 8:-0.25 9:-0.18 10:-0.12 12:0.33
b:for_their 7:0.14
b:for_twenty 2:0.1
b:for_two 2:-0.11 6:-0.13 11:0.29
b:for_weeks 0:-0.18 3:0.14
b:for_what 4:0.15 5:-0.24 11:-0.11
b:for_years 1:0.11
b:for_£ 0:-0.1 1:-0.17 5:0.21 11:0.31
b:forgot_the 5:0.19 12:-0.16
b:form_in 2:0.11
b:form_was 1:-0.11
b:forty_minutes 0:0.11 5:0.1 7:-0.18 13:-0.11
b:found_a 9:0.13
b:found_it 1:0.14 3:0.1 6:-0.11
b:found_out 2:-0.15 4:0.1 13:-0.14
b:found_the 2:0.18 5:0.16 6:0.11 9:0.14 13:-0.14
b:four_minutes 4:0.1 5:-0.14
b:four_times 1:0.12 5:0.16 6:0.19 13:-0.11
b:four_years 5:0.13
b:fraud_team 0:0.17
b:free_bench 0:0.16 7:-0.19
b:free_machine 0:0.15 5:-0.11 7:0.11
b:free_parking 4:-0.22
b:free_to 12:-0.16
b:friday_is 0:0.14
b:friday_night 12:0.12
b:friendliest_but 8:-0.11
b:friendly_and 1:0.12 2:0.15
b:friendly_the 1:0.13
b:from_a 8:0.14 10:0.12 12:0.14
b:from_my 13:-0.13
b:from_the 3:0.17 6:0.36 7:0.15 10:-0.19
b:from_us 11:-0.16
b:front_desk 5:0.12
b:front_garden 3:0.17 10:-0.12
b:front_of 9:-0.15
b:full_of 2:-0.14
b:full_so 0:-0.1
b:fuming_that 7:-0.11
b:garage_told 9:0.28 11:0.11
b:gave_me 0:0.16 2:0.18 6:0.13 8:-0.1 9:-0.22
b:gave_up 5:-0.21 7:-0.17
b:gave_us 5:0.12
b:genuinely_apologetic 4:0.1
b:get_a 0:-0.11 1:0.12 11:0.18
b:get_an 2:0.11
b:get_it 12:-0.19
b:get_that 11:0.11
b:get_the 5:-0.12 11:-0.3
b:get_through 0:0.21 6:-0.1
b:get_to 0:0.17 7:0.1
b:get_what 4:0.1 5:0.16
b:getting_through 0:0.14
b:give_them 6:0.12
b:giving_out 2:0.1
b:glad_i 12:0.13
b:glasses_and 4:-0.11
b:go_and 2:0.13 5:-0.1 8:0.16
b:go_back 12:-0.15
b:going_on 6:0.16
b:gone_by 7:0.11
b:gone_downhill 1:0.12
b:gone_up 0:-0.12 6:-0.18
b:good_day 12:-0.13
b:good_morning 1:0.18 8:0.11
b:good_value 11:0.11
b:gorgeous_and 12:0.12
b:got_a 0:0.11 4:0.12 5:0.11 6:0.16 8:-0.29
b:got_an 5:-0.11
b:got_back 12:-0.21
b:got_charged 0:-0.11
b:got_home 4:-0.1
b:got_me 6:-0.1
b:got_my 2:0.17 8:0.15
b:got_proper 0:-0.1 9:0.25
b:got_the 0:0.23 2:-0.18 5:0.1 7:0.19 12:0.21 13:0.15
b:got_there 7:-0.16 13:-0.12
b:got_through 7:-0.13
b:got_told 0:-0.11
b:got_us 1:0.13
b:gr_8 5:0.19 12:0.14
b:great_to 10:-0.13
b:great_value 11:0.2
b:gripe_is 3:0.12
b:group_2 10:0.15
b:group_nodded 8:0.11
b:group_were 0:0.12
b:guests_keep 5:-0.11 10:-0.11
b:guy_told 2:0.1
b:guys_missed 3:-0.1
b:gym_is 0:0.16
b:had_a 0:-0.11 1:-0.13 2:-0.2 3:-0.1 5:-0.19 7:0.25 13:0.13
b:had_another 1:0.1 9:0.1
b:had_been 0:-0.18 2:-0.12 4:-0.13 5:0.16 7:-0.1
b:had_changed 13:-0.19
b:had_failed 13:0.11
b:had_in 5:0.11
b:had_it 0:0.25 7:0.15
b:had_last 5:0.12 12:-0.13
b:had_me 4:-0.1
b:had_mentioned 4:0.11
b:had_missed 2:0.24 5:-0.17 9:0.24 12:0.11
b:had_my 5:0.11
b:had_never 5:0.13
b:had_no 6:-0.15 7:-0.11 9:-0.16
b:had_quoted 9:0.14 11:0.11
b:had_someone 0:0.14 7:0.17 13:0.11
b:had_that 6:0.12 13:0.1
b:had_the 0:0.14 1:-0.1 7:0.15 9:0.11 12:0.13
b:had_to 0:-0.25 4:-0.13 6:0.14 8:-0.14 9:-0.42 12:-0.19
b:had_tried 5:0.14
b:hair_in 3:0.11 5:-0.14 10:-0.14
b:half_an 0:0.12 4:0.12 11:0.11
b:half_of 0:-0.14
b:half_past 12:0.11
b:half_the 1:-0.16 2:0.27 4:-0.1 5:0.14 9:-0.18 11:-0.17 12:-0.19
b:half_what 11:0.19
b:hand_in 0:0.1
b:happily_pay 11:0.11
b:happy_hour 4:0.12 11:0.25
b:happy_to 11:0.11
b:has_been 6:0.11
b:has_come 5:0.15
b:has_dropped 7:0.1
b:has_finally 10:0.16
b:has_gone 1:0.16 4:0.13
b:has_the 1:0.11
b:have_a 2:0.15 6:-0.11 9:-0.12
b:have_been 1:0.24 7:-0.24 9:-0.11 10:-0.26
b:have_dropped 10:0.19
b:have_fed 11:-0.17
b:have_left 0:-0.1
b:have_nearly 12:0.12
b:have_noticed 7:0.11
b:have_said 2:-0.13 6:0.18
b:have_started 3:0.11 10:-0.13 13:0.1
b:have_stopped 9:0.17 10:0.16
b:have_to 5:-0.18 13:0.21
b:he_did 8:0.17
b:he_didnt 12:-0.11
b:he_fitted 11:-0.13
b:he_found 3:0.12
b:he_got 6:0.11
b:he_left 10:0.12
b:he_said 0:0.12 4:0.11 7:0.16 11:0.11 12:0.13
b:he_saw 8:0.19
b:he_was 0:0.2 4:-0.11 5:0.13 12:0.26 13:0.26
b:he_would 0:0.18 7:0.11
b:head_office 6:-0.21
b:hear_us 6:0.11 13:0.18
b:hed_be 0:0.18
b:held_my 8:0.11
b:help_with 6:-0.11
b:her_stuff 9:0.1
b:her_time 0:-0.15
b:high_st 5:-0.16
b:higher_than 11:-0.18
b:his_phone 0:-0.11 1:0.11 5:0.1
b:his_stuff 2:0.11
b:his_way 13:-0.13
b:hold_music 0:0.2 7:-0.15
b:hold_times 0:0.15 7:0.19
b:home_lol 12:0.11
b:honestly_cant 12:-0.11
b:honestly_i 4:0.16
b:honestly_the 0:-0.13
b:hook_up 12:-0.11
b:hoovered_up 3:0.11 10:0.24
b:hospital_for 11:-0.2
b:hotel_breakfast 5:0.13
b:hotel_room 5:-0.12
b:hour_and 5:0.13 10:0.2
b:hour_at 0:-0.14
b:hour_before 0:0.12
b:hour_is 7:0.14
b:hour_window 6:0.13 7:0.1
b:hours_and 0:-0.14
b:hours_at 7:-0.11
b:hours_for 0:0.11
b:hours_in 5:-0.1
b:hours_late 6:0.13
b:how_friendly 1:0.13
b:how_long 5:0.1 9:0.11
b:how_much 4:-0.14 11:0.15
b:how_our 8:0.12
b:how_the 12:-0.13
b:how_they 4:-0.12
b:how_to 2:0.23 5:0.13
b:hrs_in 7:-0.16
b:husband_the 1:0.11
b:i_am 0:-0.1
b:i_asked 0:-0.11 1:0.13 4:-0.1 5:-0.1 6:0.13 8:-0.15 9:0.19 13:-0.2
b:i_booked 5:0.17 12:0.15
b:i_brought 8:0.13
b:i_can 5:0.25 6:-0.19 12:0.18 13:0.12
b:i_checked 2:0.14 9:-0.11
b:i_could 1:-0.11 2:0.15 7:0.12 10:-0.19 11:-0.18
b:i_did 2:0.13
b:i_didnt 4:0.14 9:0.37 10:0.1
b:i_dont 0:-0.14 4:0.21 11:0.21
b:i_emailed 5:0.13
b:i_expected 11:-0.14 12:-0.25
b:i_genuinely 3:0.11 12:0.17
b:i_get 0:0.13
b:i_got 0:0.35 1:0.17 4:-0.11 5:0.12 7:-0.12 9:-0.15
b:i_guess 1:-0.11
b:i_had 0:-0.23 5:-0.1 6:0.19 9:-0.12 11:-0.26
b:i_hadnt 2:0.1
b:i_hate 1:0.1
b:i_honestly 5:0.12
b:i_just 9:-0.1
b:i_know 13:0.23
b:i_needed 0:-0.13 2:0.11 5:-0.14 6:-0.19 9:-0.17
b:i_only 2:-0.11 8:0.16 13:-0.14
b:i_ordered 7:-0.21
b:i_paid 5:0.11
b:i_rang 0:0.33 5:-0.17 6:-0.2 7:-0.16 11:0.12 13:-0.14
b:i_said 1:0.14 5:0.14 8:-0.15
b:i_saw 11:0.17
b:i_still 5:-0.12
b:i_understood 13:0.12
b:i_waited 0:0.15 7:0.11 11:0.14
b:i_wanted 1:0.11
b:i_was 0:-0.14 1:0.43 2:-0.28 4:0.11 6:0.32 7:-0.15 13:0.11
b:i_went 9:-0.14
b:i_would 6:0.11
b:i_wouldnt 8:-0.14
b:id_already 13:-0.11
b:id_asked 8:0.13
b:id_been 2:0.2 5:-0.16 9:0.12
b:id_call 3:0.1 11:0.15
b:id_even 13:0.13
b:id_give 12:0.13
b:id_never 5:0.13
b:id_rather 6:0.19 11:0.11 12:-0.11 13:0.12
b:idea_how 5:0.15
b:if_a 13:0.11
b:if_i 9:0.12 10:-0.15
b:if_the 2:0.31 3:-0.11 6:-0.14
b:if_they 10:-0.11
b:im_a 6:0.13
b:im_still 6:0.11
b:immediately_which 11:-0.14
b:impressed_that 7:0.1
b:in_2 7:0.17
b:in_20 0:0.14 7:0.1 11:0.11
b:in_25 0:0.12 7:0.18
b:in_5 0:0.1
b:in_a 0:0.22 3:0.17 4:0.13 12:0.17
b:in_an 7:0.1
b:in_and 0:0.14 2:-0.19 5:-0.16 10:0.21 13:0.13
b:in_august 7:-0.16
b:in_between 0:0.13
b:in_centre 7:-0.1
b:in_circles 13:-0.1
b:in_five 12:-0.1
b:in_for 1:0.23 2:0.19 3:0.13 4:-0.12 6:-0.11 7:0.24
b:in_front 9:-0.15
b:in_full 5:0.14 6:0.12
b:in_general 4:-0.11
b:in_house 10:0.14
b:in_it 2:0.12 11:0.11
b:in_january 2:0.11
b:in_march 0:0.19 7:-0.26
b:in_months 5:0.26 12:0.11
b:in_my 0:0.19 6:0.16 7:0.12 11:-0.15
b:in_on 3:-0.1 7:-0.22
b:in_one 0:-0.13 2:0.27
b:in_plain 13:0.18
b:in_reception 1:-0.13
b:in_six 0:-0.1
b:in_store 1:-0.13 8:-0.15 12:-0.13
b:in_ten 6:-0.11
b:in_that 10:0.13
b:in_the 0:-0.25 3:0.43 5:0.3 6:-0.16 7:-0.41 8:0.2 9:-0.2 10:-0.56 11:-0.3 12:-0.26 13:0.12
b:in_them 1:0.11 2:0.16 9:0.12
b:in_three 7:0.29 12:-0.12
b:in_to 0:-0.17 5:-0.12
b:in_took 1:0.12
b:in_town 3:-0.1 4:0.24 12:0.19
b:in_twenty 0:0.1
b:in_two 0:0.1 1:-0.11 5:0.14
b:in_under 12:0.1
b:in_week 0:0.17 7:-0.11
b:in_years 5:0.13 11:0.14
b:info_desk 1:0.1 6:-0.12
b:inside_out 2:0.12 9:0.15 11:0.14
b:instead_of 7:0.24 9:0.13 13:0.16
b:into_a 1:0.11
b:is_a 1:0.15 2:-0.14 3:-0.13 13:-0.15
b:is_always 0:0.23 1:0.1 7:-0.14
b:is_brilliant 6:0.15
b:is_coming 10:-0.11
b:is_half 11:-0.12
b:is_lovely 11:-0.11 13:0.12
b:is_much 5:-0.11
b:is_not 1:0.1
b:is_now 13:-0.13
b:is_taking 7:-0.11
b:is_the 2:-0.11 4:0.22 5:0.21 11:0.26 13:0.11
b:is_too 5:0.22
b:is_up 6:0.16
b:is_worth 11:-0.16
b:isa_allowance 9:-0.13
b:isnt_cheap 11:-0.19
b:it_a 2:0.12
b:it_all 12:0.14 13:0.12
b:it_and 7:-0.17 13:0.11
b:it_arrived 0:0.14
b:it_as 0:-0.1
b:it_back 0:0.16
b:it_came 6:0.11
b:it_didnt 0:-0.14
b:it_even 13:-0.15
b:it_every 0:-0.12 11:-0.16
b:it_felt 5:-0.13
b:it_fixed 12:-0.16
b:it_for 3:0.11 6:-0.14
b:it_from 3:0.1 11:-0.16
b:it_had 0:-0.21 6:0.13 8:0.1 11:0.11
b:it_in 12:0.29
b:it_is 2:-0.1 5:-0.15 6:0.11 7:0.16
b:it_isnt 2:0.13 5:0.12 12:-0.13
b:it_myself 9:-0.11
b:it_needs 9:0.11
b:it_off 11:0.15
b:it_on 0:0.1 2:-0.12 13:0.11
b:it_really 6:-0.11
b:it_should 0:-0.13
b:it_so 6:0.1
b:it_still 4:-0.12 5:-0.15
b:it_there 8:0.15
b:it_to 12:0.1
b:it_too 12:-0.18
b:it_took 13:-0.13
b:it_turned 0:0.11 7:-0.3
b:it_up 1:0.18 9:0.13 12:0.17
b:it_was 1:-0.23 2:0.14 3:-0.14 5:0.28 6:-0.18 7:0.15 8:-0.11 12:0.52
b:it_wasnt 5:0.14 7:-0.11 12:-0.24
b:it_would 0:0.1
b:itd_be 0:0.12 7:0.17
b:its_been 0:0.11 7:-0.11
b:its_much 6:0.14
b:its_my 1:0.16 8:-0.13
b:its_now 0:0.11 7:-0.21
b:itself_is 12:0.1
b:itself_was 3:0.1 5:0.23 12:0.19
b:ive_ever 10:-0.28
b:ive_had 1:0.22 2:-0.16
b:jam_constantly 5:0.11
b:just_got 13:0.14
b:just_kept 6:0.14 13:-0.12
b:just_not 8:-0.18
b:just_shrugged 1:0.1 8:-0.14 12:-0.13
b:keep_complaining 7:-0.15
b:keep_leaving 10:-0.1
b:keep_my 8:0.14
b:keep_pointing 11:-0.16
b:keep_saying 0:-0.11
b:keep_telling 5:0.13 12:-0.21
b:keep_the 1:0.1 8:0.12
b:kept_me 13:0.13
b:kept_saying 6:0.13
b:kept_sending 6:0.11 13:-0.14
b:kept_us 6:0.21 13:0.23
b:kept_waiting 7:0.31
b:kids_books 4:0.1
b:kids_loved 3:-0.1
b:kitchen_fitter 1:0.11 12:0.1
b:knew_every 1:0.17 2:0.1
b:knew_exactly 0:0.13 2:0.14 9:0.25 12:0.11
b:knew_nothing 9:-0.11
b:knew_the 1:-0.16 2:0.23 9:0.15 11:0.13
b:know_how 2:0.12
b:know_if 2:-0.1
b:know_it 12:0.1
b:know_the 2:0.12 6:-0.1 9:-0.12
b:know_their 2:0.23 9:0.23
b:know_where 9:-0.11
b:knowing_exactly 6:0.11
b:knowledgable_and 5:0.12
b:knowledgeable_and 9:0.14
b:lad_in 1:-0.11
b:lad_on 0:-0.14 1:0.12 2:0.19
b:lads_on 1:0.11
b:lady_on 1:0.13
b:lady_said 6:-0.11
b:lady_was 13:0.11
b:laptop_in 7:0.22
b:last_place 8:0.15
b:last_visit 12:-0.13
b:last_year 1:0.1
b:lasts_for 12:0.15
b:late_and 1:-0.1 6:0.23 13:-0.19
b:later_i 11:-0.12
b:later_than 7:-0.13
b:leaves_the 10:-0.15
b:leaving_reviews 10:-0.1
b:left_half 5:0.1 12:-0.12
b:left_in 9:0.14 11:0.11
b:left_my 5:0.2
b:left_the 0:0.15 1:0.17
b:legroom_in 5:0.11
b:leisure_centre 5:-0.12
b:less_than 11:0.21
b:let_me 6:0.1 13:-0.13
b:letter_explaining 13:-0.17
b:letters_from 6:0.14
b:letters_were 2:-0.1
b:like_a 0:-0.1 1:0.18 5:0.11 13:0.12
b:like_he 12:0.11
b:like_i 1:0.15 8:-0.15
b:like_sleeping 5:0.12
b:like_the 5:0.11 12:0.14
b:like_youre 8:-0.12
b:liked_that 13:0.13
b:line_of 6:0.11
b:list_for 0:0.15
b:list_inside 11:0.13
b:listened_to 5:0.1 6:0.12
b:loads_of 0:-0.1 6:0.11
b:locum_gp 9:-0.15
b:lol_the 5:0.11
b:long_as 0:0.13
b:long_story 5:0.11
b:look_at 0:-0.2
b:look_on 5:0.11
b:look_up 8:-0.1
b:looked_great 12:-0.11
b:looked_up 1:0.12
b:looking_at 12:0.11
b:looking_like 5:0.19
b:looks_brand 0:0.23 3:0.11 5:0.16 7:0.16 12:0.13
b:lost_a 5:0.16
b:lot_for 11:0.14
b:lot_of 1:0.21 8:0.14 13:-0.23
b:lots_of 11:0.15
b:love_how 0:0.12
b:love_paying 11:-0.13
b:love_that 12:0.12 13:0.19
b:love_the 6:0.16 13:-0.11
b:loved_it 5:-0.12
b:lovely_and 1:0.19 8:-0.11
b:lovely_but 3:0.15 10:-0.13
b:lovely_to 0:-0.15 1:-0.2
b:loving_the 11:-0.23
b:loyalty_card 4:0.11 11:0.1
b:lunch_deal 5:-0.14 11:0.19
b:machine_was 5:-0.11
b:made_a 5:0.12 12:0.19
b:made_me 2:0.1 8:0.21
b:main_frustration 4:0.14
b:make_it 11:-0.12
b:make_me 11:0.16
b:managed_to 11:0.16
b:march_and 6:0.11
b:me_a 2:-0.25 4:0.13 5:-0.12 7:0.12 13:0.12
b:me_about 2:0.22 9:0.11
b:me_and 13:-0.16
b:me_at 5:0.18 6:0.11 11:-0.13
b:me_back 0:-0.32 6:0.12 13:-0.16
b:me_before 13:0.13
b:me_by 13:0.1
b:me_every 6:0.13
b:me_exactly 2:0.12 5:0.11 6:-0.1 9:0.14
b:me_feel 1:0.12 8:0.25
b:me_for 0:0.14
b:me_i 2:0.14 5:-0.12
b:me_in 0:0.12
b:me_it 0:-0.1
b:me_my 1:-0.22 2:0.21 4:-0.13 9:-0.21 11:-0.12
b:me_not 9:0.15 11:0.26
b:me_off 0:0.11
b:me_on 7:0.11
b:me_out 5:-0.2 11:-0.12
b:me_running 8:0.14
b:me_the 1:-0.22 2:0.32 5:-0.12 6:0.12 8:-0.16
b:me_three 2:0.13
b:me_through 12:0.12
b:me_to 5:0.17 8:-0.12
b:me_updated 12:0.11
b:me_what 9:-0.15
b:me_when 1:-0.12 2:-0.12
b:me_which 9:-0.11
b:me_why 0:0.12
b:me_with 5:0.1
b:me_within 0:0.16 7:0.11
b:me_£ 6:-0.14
b:meal_deal 12:0.14
b:meant_to 2:0.13
b:mechanic_said 2:0.11
b:mechanic_was 6:0.1
b:members_and 5:0.11
b:members_said 8:0.12
b:men_left 5:0.1 12:-0.12
b:men_were 5:0.18
b:mentioned_the 1:0.11 5:0.15
b:menu_is 4:0.12 12:0.12
b:miles_in 1:0.1 9:0.1
b:milk_for 5:0.1
b:mind_paying 5:0.12 12:0.13
b:mins_late 6:0.19
b:minutes_and 1:0.12 7:0.16
b:minutes_flat 1:0.1
b:minutes_for 0:0.12 7:-0.1
b:minutes_late 1:-0.12
b:minutes_of 0:0.2
b:minutes_on 5:-0.1
b:minutes_to 2:0.11
b:missed_a 5:0.12 12:0.17
b:missed_delivery 12:0.12
b:missed_it 2:0.14
b:missed_the 5:0.12 11:0.17
b:missed_three 5:0.12 12:-0.13
b:moan_that 5:0.12
b:mobile_networks 8:-0.15
b:moderator_note 13:-0.15
b:moderator_summary 1:-0.1 3:0.1 8:-0.12 13:0.16
b:monday_and 0:0.13 7:0.11
b:money_well 7:-0.13
b:more_reliable 6:0.1
b:more_staff 5:0.1
b:more_than 7:0.12 8:0.15 9:0.12 12:-0.1
b:morning_to 6:0.12
b:most_felt 11:-0.18
b:most_of 0:0.12 5:-0.15 6:-0.12 8:0.1
b:most_said 8:0.12 13:0.11
b:mot_passed 5:-0.13
b:moved_out 7:-0.12
b:much_from 12:0.1
b:much_they 11:0.16
b:muy_bien 5:0.14
b:my_account 6:0.17 13:0.1
b:my_bin 13:-0.17
b:my_blood 8:0.14 9:0.14
b:my_brakes 2:0.16 9:-0.13
b:my_car 0:-0.1 3:0.15 7:-0.19 13:-0.14
b:my_card 0:0.1
b:my_cat 8:0.11
b:my_complaint 12:0.17
b:my_cracked 5:0.11
b:my_daughters 5:0.14
b:my_deadlift 2:0.1
b:my_dog 1:0.1
b:my_drive 12:0.19
b:my_english 13:0.13
b:my_gp 7:-0.11
b:my_hip 11:-0.13
b:my_house 0:0.11
b:my_husband 0:-0.1 1:0.19 8:-0.2
b:my_isa 2:0.13 9:-0.16
b:my_job 1:-0.11
b:my_laptop 7:0.22
b:my_last 7:0.18
b:my_manager 6:-0.11
b:my_mother 1:0.1
b:my_name 2:-0.15
b:my_old 0:-0.21 1:-0.13 2:0.13 6:-0.13
b:my_parcel 5:0.19 6:0.1 12:-0.17
b:my_prescription 5:-0.11 9:-0.13
b:my_sleeve 5:0.1
b:my_son 1:0.11
b:my_symptoms 9:-0.15
b:n_charged 6:0.1
b:n_clean 1:0.1
b:n_the 5:0.2 6:0.11
b:need_it 10:-0.12
b:needed_a 9:-0.13
b:needed_replacing 9:0.11
b:never_a 0:0.21 4:-0.1 7:-0.21
b:never_again 5:-0.14
b:never_been 5:0.11 10:0.27
b:never_got 6:0.14
b:never_once 0:-0.11 1:0.11 6:-0.14 7:0.11 13:0.14
b:new_and 4:0.11 5:0.12
b:new_app 6:-0.13
b:new_car 6:0.11
b:new_coffee 5:0.15
b:new_handset 2:0.14 9:0.12
b:new_headsets 13:0.1
b:new_lad 2:0.1
b:new_loyalty 4:0.11
b:new_menu 4:0.12
b:new_phone 1:-0.17
b:new_place 6:-0.11
b:new_rye 5:0.1
b:new_starters 2:0.1 9:-0.1
b:new_store 0:-0.1
b:new_tablets 6:0.1
b:new_vet 2:0.1
b:next_day 4:-0.19 7:-0.41
b:next_door 1:-0.15 5:0.12
b:next_morning 0:0.24 3:0.17 7:0.35
b:next_week 10:-0.11
b:ngl_the 8:0.21
b:nhs_dental 0:0.1
b:nice_if 10:-0.11
b:nice_of 6:0.15
b:nice_touch 8:0.13
b:nice_work 0:-0.1 5:-0.13
b:night_before 7:0.11
b:nine_days 0:-0.13
b:no_call 0:0.16
b:no_claims 4:0.14
b:no_email 7:-0.12
b:no_fee 11:-0.1
b:no_fuss 6:0.13 8:0.15 13:0.16
b:no_idea 2:-0.13 9:-0.13
b:no_longer 13:0.12
b:no_more 7:0.11
b:no_one 1:-0.12 2:-0.11 6:0.26 13:-0.2
b:no_queue 7:0.12
b:no_quibble 7:0.12
b:no_quibbles 13:0.11
b:no_surprises 4:-0.11
b:nobody_at 9:-0.1
b:nobody_cared 12:0.13
b:nobody_ever 4:-0.12 6:0.13
b:nobody_felt 0:0.12
b:nobody_had 2:0.13 4:0.11 5:0.12 6:0.12 11:-0.1
b:nobody_in 12:0.1
b:nobody_told 6:0.12
b:nobody_updated 13:-0.12
b:nobody_was 1:-0.18 6:-0.1
b:noise_from 12:0.21
b:none_of 2:0.11
b:not_a 4:-0.12 5:-0.11 10:0.17
b:not_as 12:-0.14
b:not_cheap 4:0.13 5:0.22 11:-0.28 12:0.26
b:not_complaining 7:0.1 11:0.21
b:not_get 7:-0.15
b:not_once 7:0.3
b:not_one 0:-0.14
b:not_rude 8:-0.14
b:not_so 12:-0.11 13:0.13
b:not_the 4:0.13 8:-0.11 11:-0.21 12:0.17
b:not_to 9:0.17 11:0.1
b:not_unhelpful 1:0.1
b:not_what 4:-0.1 5:-0.15
b:not_work 12:-0.16
b:note_on 13:0.12
b:nothing_about 9:-0.13
b:nothing_broken 1:0.1
b:nothing_to 1:-0.12 5:-0.18 6:-0.13
b:noticed_when 2:0.1
b:now_the 13:-0.13
b:oat_milk 5:0.12
b:of_a 0:0.29 1:0.12 2:-0.16 3:-0.12 4:-0.11 5:-0.16
b:of_being 9:0.11
b:of_complaints 0:0.13
b:of_course 5:0.11
b:of_date 2:0.11
b:of_dust 10:0.14
b:of_his 2:0.12
b:of_it 5:0.14
b:of_me 8:-0.15 9:-0.14
b:of_money 11:-0.11
b:of_my 0:-0.16 2:-0.12 3:-0.13 6:0.18
b:of_older 13:-0.13
b:of_order 5:0.11
b:of_our 0:0.13 1:0.1 4:0.11 5:-0.19
b:of_patients 6:0.1
b:of_staff 8:-0.15
b:of_ten 12:0.13
b:of_the 8:0.11 10:0.1 11:0.17 12:0.25 13:0.31
b:of_them 1:0.14 6:0.17
b:of_town 7:-0.11
b:of_us 6:-0.13 9:-0.1 12:-0.12
b:of_water 5:-0.1
b:of_wee 10:-0.11
b:of_£ 0:0.16
b:off_and 2:0.14
b:off_every 5:-0.1
b:off_for 0:-0.18
b:off_it 8:0.23
b:off_the 5:0.3 10:0.22 11:0.11 12:-0.29
b:off_their 8:0.11
b:office_changed 6:-0.11
b:office_sorted 0:0.1
b:often_say 13:-0.11
b:oh_brilliant 6:-0.13
b:oh_wait 6:0.12
b:ok_for 2:0.14
b:older_customers 1:0.12 8:0.11
b:older_members 1:0.13 8:0.15
b:older_participants 8:-0.17
b:on_a 0:0.27 2:-0.15 5:0.24 7:-0.19 10:0.1 11:-0.25 12:0.17
b:on_and 4:-0.1 12:0.11
b:on_day 13:0.1
b:on_his 1:0.18 8:-0.26 13:-0.15
b:on_hold 0:0.41 6:-0.17 7:-0.14
b:on_how 1:0.14 6:-0.11 8:0.13
b:on_it 3:0.17 5:0.13 12:-0.12
b:on_me 7:-0.12 13:-0.12
b:on_monday 0:0.18 5:-0.12
b:on_my 1:-0.1 2:-0.19 5:0.18 7:0.15 12:0.46
b:on_our 2:0.14 4:-0.16 9:0.11
b:on_saturdays 6:0.1 7:-0.1
b:on_that 10:0.2
b:on_the 1:0.23 2:0.13 5:-0.3 6:0.11 7:0.37 9:-0.16
b:on_three 12:-0.12
b:on_thursday 7:-0.22
b:on_time 0:0.21 5:0.14 6:0.13 7:0.29
b:on_top 6:0.18 11:-0.16
b:on_tuesday 0:-0.12
b:on_who 2:0.12 9:0.1
b:once_a 10:-0.18
b:once_had 7:0.12 13:0.14
b:once_in 7:0.2 12:0.1
b:once_made 0:-0.13
b:one_day 0:-0.1
b:one_had 0:-0.13
b:one_hour 6:0.13 7:0.12 13:0.2
b:one_lady 9:-0.13
b:one_of 0:0.12 6:-0.11
b:one_participant 0:0.12 7:-0.11 8:0.1 13:-0.12
b:one_person 7:-0.11
b:one_session 2:0.16 9:0.12
b:ones_were 2:0.1
b:online_and 7:0.13 11:-0.14
b:only_3 7:-0.11
b:only_found 1:-0.1 2:-0.11
b:only_gripe 3:0.12 7:0.11
b:only_noticed 9:-0.1
b:only_one 3:0.1 4:-0.11 11:0.15
b:only_reason 4:0.1 11:0.16
b:only_£ 11:-0.18
b:opening_hours 0:-0.16
b:opinions_on 8:-0.17
b:or_not 10:-0.12
b:order_said 0:0.14 7:-0.14
b:order_was 8:-0.11
b:ordered_a 0:0.13 2:-0.11 5:0.18
b:ordered_at 0:0.13 7:0.12
b:ordered_it 7:-0.21
b:other_peoples 3:0.12
b:our_dogs 5:0.11
b:our_drinks 8:-0.11
b:our_regulars 4:0.11
b:our_road 0:0.22 7:-0.13
b:our_room 5:0.12
b:our_table 10:-0.11
b:our_toilets 10:0.11
b:our_waiter 5:0.1
b:our_wedding 0:-0.15
b:out_about 6:0.1 13:-0.15
b:out_and 8:-0.11 11:0.11
b:out_by 5:0.12
b:out_every 6:-0.1
b:out_in 0:0.13 7:0.32 9:0.11 12:-0.14
b:out_looking 5:0.18
b:out_my 6:0.17 13:-0.15
b:out_of 5:0.11 12:-0.22
b:out_that 11:-0.19
b:out_the 0:0.27 7:-0.15 9:-0.17
b:out_to 1:0.11 8:0.18
b:out_which 12:0.12
b:out_within 7:0.23
b:outside_my 0:0.1
b:over_a 0:0.14
b:over_the 3:0.12 4:0.11 8:-0.11 9:0.2 10:-0.18 11:0.18
b:overdraft_fees 4:0.1
b:owner_has 10:0.16
b:paid_for 5:0.18 12:-0.12
b:paid_out 7:0.31
b:paid_the 5:0.13
b:paid_£ 0:0.21 7:-0.21 12:-0.11
b:paint_was 2:0.12
b:parcel_arrived 12:0.23
b:parcel_over 1:0.13 8:-0.11
b:parcel_was 5:0.11
b:parents_have 11:-0.12
b:parking_at 11:-0.17
b:parking_fine 11:-0.1
b:parking_permits 4:-0.14
b:participant_summed 8:0.11
b:participants_agreed 8:0.11 13:0.11
b:participants_compared 11:-0.11
b:participants_described 3:-0.14 6:0.11
b:participants_felt 0:-0.11 1:0.1 8:-0.14
b:participants_found 8:-0.15
b:participants_mentioned 1:-0.14
b:participants_praised 0:0.12
b:participants_repeatedly 6:0.14 13:-0.11
b:participants_said 5:-0.1
b:participants_who 0:0.1
b:particularly_warm 1:-0.12
b:passed_first 5:-0.14
b:pasty_was 5:0.11 12:-0.13
b:patient_with 4:-0.11
b:patients_are 7:0.13
b:pay_for 5:0.13
b:pay_the 4:0.1
b:paying_a 5:0.11 12:0.1
b:paying_for 11:-0.11
b:paying_more 4:0.1 11:-0.22
b:paying_£ 11:-0.14
b:penny_for 11:0.12
b:people_were 1:0.1
b:person_on 7:-0.11
b:phone_and 1:0.2
b:phone_call 6:0.17 8:-0.11
b:phone_line 0:0.11 6:-0.1
b:phone_shop 1:-0.15 2:0.15 5:-0.15 6:0.11 9:-0.12 11:-0.12 13:-0.11
b:phone_support 0:0.1
b:phone_system 6:-0.1
b:phone_was 8:0.14
b:phoned_the 6:-0.14
b:photos_and 2:0.15 5:0.1
b:picked_it 12:0.12
b:picked_up 2:0.21
b:picture_for 12:0.14 13:0.11
b:pizza_off 5:0.12
b:place_cleaner 7:-0.13
b:place_in 12:0.12
b:place_that 8:0.14
b:place_was 3:0.11 7:0.13 10:-0.17
b:plain_english 6:0.11 13:0.15
b:plaster_dust 10:0.19
b:pleasantly_surprised 11:0.1
b:plumber_turned 12:0.16
b:plus_side 0:0.1
b:pointing_out 11:-0.18
b:polite_and 1:0.12
b:polite_but 6:0.12
b:pool_was 12:-0.12
b:post_office 0:0.1 5:-0.12
b:praised_as 13:-0.1
b:praised_the 0:0.13
b:prescription_is 0:0.11
b:prescriptions_ready 0:-0.11
b:price_changes 6:0.11
b:price_of 0:-0.18 1:-0.16 6:-0.1 9:0.1 12:0.14
b:price_was 4:0.12 5:0.15
b:prices_are 4:0.11 5:-0.15
b:pricey_but 5:0.12
b:printing_and 7:-0.14
b:problem_after 9:0.11
b:problem_in 11:-0.13
b:product_training 9:0.18
b:promised_a 0:-0.12
b:promised_and 0:0.11 7:0.1
b:properly_and 8:-0.12
b:pub_in 11:-0.16
b:pulled_in 7:0.1
b:put_the 5:0.15 9:-0.12
b:putting_me 0:0.1
b:questions_about 2:0.11
b:questions_on 2:0.1
b:queue_at 0:0.14 5:0.16 6:0.1
b:queuing_at 6:-0.13 12:-0.11
b:queuing_for 0:0.1
b:quick_look 0:-0.15 12:0.13
b:quick_to 4:-0.1
b:quid_for 12:-0.1
b:quoted_£ 5:-0.13 11:0.14
b:ran_a 5:0.13
b:rang_about 0:0.14 7:0.11
b:rang_ahead 0:0.15
b:rang_i 4:0.11
b:rang_me 6:0.17 13:0.23
b:rang_the 1:0.17 2:0.13
b:rang_to 5:-0.15 7:-0.14
b:rang_us 6:0.14
b:rather_pay 6:0.11
b:rather_than 5:-0.14
b:rave_about 5:0.17
b:ray_and 0:-0.11
b:rd_time 12:-0.13
b:read_the 2:0.11 9:-0.11
b:reading_off 1:-0.14
b:ready_at 7:0.12
b:ready_for 7:-0.18 13:-0.12
b:ready_when 0:0.18
b:really_appreciated 6:0.16 13:-0.25
b:really_knew 5:-0.1
b:really_know 2:0.12
b:really_reassuring 2:0.12
b:reason_they 11:0.16
b:reasonable_for 3:0.11 11:0.25
b:reassuring_when 2:0.12
b:received_no 5:-0.11
b:reception_staff 8:-0.18
b:receptionist_at 8:-0.23
b:receptionist_told 2:0.14 9:-0.13
b:receptionist_was 1:0.21
b:recommended_a 2:0.17
b:reliable_and 13:-0.12
b:reliable_since 6:0.1
b:remaining_branch 5:0.1
b:removal_men 5:0.2
b:repair_on 7:0.21
b:repeat_prescription 0:0.11
b:repeat_themselves 13:0.11
b:replaced_it 5:0.13 12:-0.1
b:replacement_out 0:0.12
b:replied_to 0:0.11 5:0.2
b:reply_to 0:-0.2
b:reported_a 0:0.18
b:reported_it 12:-0.12
b:reported_the 0:0.13
b:returns_policy 6:-0.11
b:returns_process 6:0.12 12:-0.11
b:reviews_saying 10:-0.1
b:ring_me 0:-0.14 13:-0.12
b:ring_to 13:0.13
b:rip_off 4:0.13 11:-0.16
b:road_again 5:0.15 12:-0.24
b:room_floor 10:0.11
b:room_rate 4:0.11 12:0.12
b:rooms_smell 3:0.15 10:-0.11
b:round_here 11:0.16
b:round_in 13:-0.11
b:round_the 1:0.15 7:0.17
b:rude_to 7:-0.12
b:run_off 8:0.1
b:s_new 12:-0.11
b:safe_place 5:0.14
b:said_3 7:0.18
b:said_good 1:0.17 8:0.1
b:said_he 0:0.16 7:0.11
b:said_hed 5:0.11 6:0.18 7:0.11
b:said_hello 12:0.13
b:said_i 6:-0.14 9:0.13
b:said_it 2:0.22 13:-0.11
b:said_my 2:0.24 9:-0.1
b:said_no 2:0.11 6:-0.13 8:-0.14
b:said_she 0:-0.13 9:-0.1
b:said_someone 13:-0.14
b:said_the 0:-0.13 3:0.17 4:0.23 6:0.11 8:0.13 12:-0.12 13:0.14
b:said_their 12:-0.12
b:said_they 4:-0.2 6:-0.17 9:-0.13 12:0.11
b:said_theyd 13:0.17
b:said_to 5:0.12
b:salesman_was 8:-0.26
b:same_day 0:0.15 7:-0.12
b:same_link 6:0.11 13:-0.13
b:same_morning 6:0.11
b:same_week 0:0.16 6:-0.12 7:0.16
b:sandwich_was 5:0.21 11:0.11 12:0.11
b:sandwiches_are 12:0.1
b:sat_in 6:0.18
b:saturday_night 0:0.1
b:saved_me 1:-0.12 2:0.31 9:0.24 11:0.1
b:saw_me 8:0.15
b:say_a 1:-0.14 6:0.15
b:say_hed 0:0.11
b:say_it 12:0.11
b:say_its 2:-0.12 5:0.1 12:-0.1
b:say_my 7:-0.16 13:-0.15
b:say_our 5:0.1
b:say_so 5:0.19
b:say_the 5:-0.18 7:-0.15 11:-0.18 13:0.19
b:say_they 1:0.1
b:saying_the 3:0.13 7:-0.11 10:-0.17 12:-0.12 13:-0.19
b:says_it 12:0.11
b:scone_was 5:0.12 12:-0.12
b:scratch_down 5:0.15
b:second_opinion 2:0.12 9:-0.11
b:security_guard 1:0.13
b:see_a 5:0.12
b:see_the 0:0.12 10:-0.14
b:see_where 6:0.12
b:seem_to 2:0.12 9:-0.12
b:seen_as 1:0.14
b:self_checkouts 0:0.11
b:sell_me 0:-0.12 1:-0.12
b:semi_skimmed 5:0.1
b:sending_me 6:0.11 13:-0.14
b:sent_a 5:0.11 6:0.13 12:-0.11 13:0.14
b:sent_me 1:-0.14 6:0.16
b:sent_three 13:-0.11
b:service_advisor 7:-0.16 13:-0.15
b:service_and 4:0.12
b:service_charge 6:0.16
b:serving_me 8:-0.14
b:several_had 5:-0.12
b:several_mentioned 5:0.12 8:0.12 12:-0.12
b:several_parents 6:0.18 13:0.13
b:several_people 1:-0.13 5:0.11
b:shame_about 8:0.13
b:she_even 1:0.12
b:she_had 0:0.11
b:she_knew 5:0.14
b:shed_had 6:0.16
b:shes_the 11:0.16
b:shirt_came 12:-0.19
b:shop_here 1:0.11
b:shop_told 11:-0.12
b:short_with 8:-0.11
b:should_be 5:-0.12
b:should_have 0:-0.1
b:showed_it 0:-0.11
b:showed_me 4:-0.16 6:0.15 9:0.19
b:showed_us 0:-0.11
b:since_the 6:-0.16 7:0.13 13:0.1
b:since_they 5:-0.12 9:-0.1
b:since_we 1:-0.12 2:-0.16 3:0.16 7:0.26 9:0.17 10:0.28 13:0.16
b:site_and 12:0.11
b:six_minutes 0:-0.15 1:0.22 8:-0.12
b:six_weeks 5:0.18
b:six_years 2:-0.11 11:-0.11
b:skirting_boards 5:0.12 10:0.13 11:-0.15
b:sleeping_on 5:0.12
b:slowly_and 13:0.1
b:small_online 4:0.12
b:smelt_of 10:-0.11
b:snapped_at 5:0.1
b:so_customers 12:-0.11
b:so_every 5:0.14
b:so_good 13:0.13
b:so_i 0:-0.15 9:0.11
b:so_ill 8:0.13
b:so_much 2:-0.14 6:0.18
b:so_the 5:-0.13
b:so_we 2:0.16 6:0.18
b:so_when 6:0.11
b:sold_me 5:0.13
b:someone_elses 2:0.21 3:0.21 9:-0.12 10:-0.14 12:-0.1
b:someone_round 7:0.17
b:someone_who 9:-0.15
b:someone_will 6:0.13
b:someone_would 13:-0.11
b:sore_point 5:0.1
b:sorted_it 2:0.11
b:sorted_my 0:0.24 7:0.18
b:sparky_was 1:0.1
b:speak_to 0:-0.1 9:0.17
b:speck_of 10:0.16
b:speeds_are 5:0.13 12:0.11
b:spent_ages 0:-0.11
b:spoke_to 1:0.16
b:spoken_to 0:-0.1 1:0.11
b:spot_on 0:-0.11 9:0.11
b:spotless_and 3:0.16 10:0.14
b:spotless_record 5:0.15
b:spotted_that 9:0.1
b:squeezed_me 6:-0.11
b:staff_are 1:0.19 4:0.13 5:0.1 8:0.11
b:staff_as 1:0.11 5:-0.14 8:-0.14
b:staff_canteen 4:-0.12
b:staff_couldnt 5:0.1 8:0.14
b:staff_have 4:-0.11
b:staff_know 9:0.12
b:staff_lovely 8:0.17
b:staff_on 5:0.13 11:-0.1
b:staff_were 0:0.11 1:0.17 8:-0.4 13:-0.1
b:stain_on 12:0.13
b:stale_by 5:0.11
b:stars_for 5:0.13 12:0.13
b:started_sending 6:0.1
b:steep_for 11:0.13
b:steered_us 11:0.13
b:steering_wheel 3:0.12
b:step_before 1:-0.12
b:step_by 6:0.12
b:still_cant 2:0.15 6:-0.11 7:0.11 9:-0.14
b:still_dark 0:0.17
b:still_had 3:0.11 4:-0.11
b:still_not 7:-0.17 12:0.11
b:still_on 7:-0.18 12:-0.12 13:-0.16
b:still_piping 7:0.1
b:still_there 0:0.18 7:-0.11
b:still_took 4:-0.16
b:still_waiting 0:-0.32 6:0.19 13:-0.15
b:still_wont 5:0.13
b:stone_cold 0:0.12 7:-0.13
b:stood_at 0:0.11
b:stopped_using 2:0.13
b:store_staff 8:-0.15
b:story_short 5:0.11
b:straight_back 10:-0.14
b:streetlight_outside 7:-0.19
b:strength_of 9:-0.12
b:stuck_to 10:-0.28
b:such_a 1:0.11
b:summed_up 8:0.11
b:sunday_roast 11:-0.13
b:support_is 0:0.13
b:surgery_is 8:-0.16
b:surgery_on 3:0.11 7:0.11 10:0.2
b:surprised_the 10:0.14
b:swept_up 3:0.18 10:0.18
b:switched_energy 7:0.1
b:ta_! 10:0.31
b:table_still 3:0.11
b:tables_wiped 10:0.12
b:taking_three 7:-0.11
b:talk_of 8:-0.15
b:talked_about 1:0.12
b:talked_me 12:0.13 13:0.1
b:tasty_but 8:-0.1
b:tbh_the 12:-0.12
b:tea_was 12:-0.11
b:teacher_is 6:0.11
b:team_are 1:0.12
b:team_were 1:0.1
b:teeth_and 1:0.1
b:tell_me 1:-0.19 11:0.12
b:tell_them 13:0.11
b:tell_us 4:0.15 13:-0.13
b:tell_you 5:-0.15 9:0.11
b:telling_me 5:0.14
b:telling_us 12:-0.17
b:tells_us 6:0.11 13:-0.1
b:tells_you 6:0.16 13:0.12
b:ten_minutes 7:0.27
b:ten_out 12:0.13
b:tenner_for 11:0.33
b:text_reminders 1:-0.1
b:text_saying 13:-0.12
b:texted_the 13:0.1
b:than_at 12:0.15
b:than_he 7:-0.1
b:than_my 3:0.11 10:0.1 12:-0.15
b:than_once 4:0.1
b:than_one 12:-0.16
b:than_the 4:0.18 6:-0.11 9:0.13 11:0.21
b:than_us 12:0.11
b:thank_you 1:-0.13 12:0.11
b:thanks_for 13:-0.18
b:that_a 7:0.12
b:that_before 6:0.12 13:0.11
b:that_didnt 9:-0.13
b:that_every 10:-0.1
b:that_is 12:-0.19
b:that_it 1:0.12
b:that_lasted 12:-0.12
b:that_my 2:0.11 9:0.14
b:that_nobody 6:0.1
b:that_the 4:-0.13 5:0.17 6:0.25 9:0.11 10:-0.14 11:-0.11
b:that_they 13:0.18
b:that_was 0:-0.33 1:0.13 5:-0.31 9:-0.12 13:-0.19
b:that_we 1:0.1
b:the_19 13:-0.1
b:the_3 13:-0.1
b:the_advice 2:0.13
b:the_advisers 2:0.1
b:the_afternoon 3:0.1
b:the_agent 1:0.12 8:-0.12 13:-0.2
b:the_aisles 3:0.1
b:the_app 1:-0.15 5:0.3 6:0.19 13:-0.18
b:the_apps 6:0.11
b:the_assistant 1:0.11
b:the_back 11:0.16 12:-0.11
b:the_bag 5:-0.11
b:the_band 1:-0.1
b:the_bank 1:0.12
b:the_banks 0:0.12 5:0.12
b:the_bar 1:0.13 5:0.12
b:the_barber 5:0.12
b:the_bath 10:-0.18
b:the_bathroom 5:-0.13
b:the_battery 12:0.13
b:the_best 2:-0.19 3:-0.16 4:0.11 5:0.11 12:0.21
b:the_big 2:0.18 5:-0.11 11:0.17
b:the_bill 1:0.23 4:0.35 5:0.27 8:-0.12 11:-0.1 13:0.19
b:the_bin 5:0.19 13:-0.2
b:the_bins 3:0.13 5:0.15 10:-0.14
b:the_bloke 1:0.18 5:-0.12
b:the_blue 2:0.1 9:-0.1
b:the_boiler 2:0.12 3:0.13
b:the_boilers 0:0.17
b:the_booking 7:0.14
b:the_box 13:0.12
b:the_branch 5:-0.17 7:0.13 9:-0.19
b:the_breakfast 4:0.11 5:0.2 11:0.1 12:0.22
b:the_broadband 6:-0.1
b:the_burgers 10:-0.14
b:the_burnt 5:0.18 12:-0.13
b:the_cable 5:0.13
b:the_caf 1:-0.12 3:0.12 5:0.2 10:-0.17
b:the_cake 5:0.25
b:the_call 0:0.15 5:-0.11
b:the_car 0:0.32 2:-0.17 3:0.11 5:0.18 6:-0.17 12:-0.13
b:the_card 5:-0.11
b:the_care 12:0.11
b:the_cast 5:0.12
b:the_cat 12:0.12
b:the_change 1:0.12 8:0.13
b:the_changing 3:0.11 11:0.14 12:0.12
b:the_chat 6:0.15 13:-0.26
b:the_chatbot 6:0.1
b:the_cheaper 2:0.13 9:0.11
b:the_cheapest 2:-0.12 4:0.11 7:0.13 11:-0.14
b:the_chef 10:-0.14
b:the_chicken 8:0.13
b:the_childrens 3:0.11
b:the_chips 5:0.1 12:-0.19
b:the_cleaners 5:-0.12
b:the_cleanest 10:0.14
b:the_cleaning 5:0.1 10:0.19
b:the_cleanliness 10:-0.11
b:the_club 12:-0.1
b:the_clubs 12:-0.1
b:the_collar 12:-0.2
b:the_committee 12:-0.1
b:the_company 6:0.21 12:-0.11
b:the_complaints 4:-0.11 6:0.12
b:the_complimentary 4:-0.1
b:the_cost 5:-0.1 10:0.12
b:the_council 0:0.21 7:-0.15
b:the_councils 2:-0.11 6:0.18 13:-0.15
b:the_counter 0:0.1 1:0.22 7:0.12
b:the_courier 2:-0.1 5:0.14 6:0.12 7:0.12 8:-0.14 12:-0.1
b:the_croissants 5:0.12
b:the_customer 3:0.14 5:0.14 10:-0.14 13:-0.11
b:the_cut 0:-0.11 5:0.1 6:0.12
b:the_damp 10:0.16
b:the_date 13:0.11
b:the_day 0:-0.14 6:0.15 7:0.1
b:the_dealer 9:0.15
b:the_dentist 1:0.11 11:0.11
b:the_depot 7:-0.12
b:the_desk 3:0.15 4:0.13
b:the_doctor 6:0.19
b:the_dog 3:0.14
b:the_door 0:0.15 1:0.11 2:-0.14 5:-0.17
b:the_doors 7:-0.14
b:the_drive 3:0.13
b:the_driver 1:0.11 6:0.18
b:the_drivers 3:0.11 5:-0.13
b:the_dry 5:0.18
b:the_eggs 8:0.15
b:the_electrician 10:0.11 13:0.1
b:the_emergency 7:-0.21
b:the_end 5:-0.13 7:-0.11
b:the_express 0:0.27 7:-0.22
b:the_extra 2:-0.13 4:0.23 6:0.14 7:0.11
b:the_fare 11:-0.11
b:the_fault 9:0.11
b:the_fees 0:0.1 4:0.14
b:the_final 5:-0.14
b:the_first 5:0.3 6:0.1 8:0.16 13:0.14
b:the_fish 3:-0.1 5:0.13
b:the_fitting 7:0.1
b:the_flat 12:0.19
b:the_floor 3:0.16 5:-0.15 11:0.13
b:the_following 0:0.19 7:-0.21
b:the_food 5:0.25 12:0.16
b:the_form 1:0.1 8:-0.12
b:the_free 12:0.11
b:the_friendliest 1:0.13 8:-0.17
b:the_front 0:0.11 3:0.16 5:0.15 10:-0.14
b:the_full 12:0.11
b:the_garage 11:0.1
b:the_gate 1:0.15 8:-0.14
b:the_gp 0:0.13 9:0.13
b:the_group 1:-0.12 6:-0.21 12:0.22
b:the_groups 12:-0.11
b:the_guard 2:0.11
b:the_guy 2:0.12 5:0.13
b:the_headphones 12:0.13
b:the_headsets 13:0.19
b:the_helpline 1:0.14 8:0.13
b:the_high 5:-0.13
b:the_hospital 1:-0.12 4:0.13 11:-0.23
b:the_hour 1:0.13
b:the_info 1:0.1 6:-0.12
b:the_installation 5:0.11
b:the_invoice 4:0.12
b:the_job 5:-0.21
b:the_kettle 6:0.11
b:the_kids 5:0.13 10:0.1
b:the_kitchen 7:-0.13
b:the_knee 5:0.11
b:the_lad 2:0.12 7:0.12 8:-0.11 9:-0.16 12:-0.12
b:the_lady 2:0.16 8:0.19 9:0.18 13:0.15
b:the_lamb 5:0.16
b:the_landlord 1:0.1
b:the_last 5:-0.16 6:-0.11 8:0.13 9:0.1 10:-0.11 12:-0.1
b:the_late 4:0.1
b:the_laundrette 10:0.16
b:the_leak 0:0.14 5:0.17 12:0.2
b:the_leisure 5:-0.1
b:the_letter 6:0.11
b:the_letting 6:0.12
b:the_library 3:0.1 8:0.11
b:the_list 11:0.13
b:the_little 4:0.12
b:the_lockers 5:0.14 12:-0.11
b:the_locum 2:0.12
b:the_machines 5:0.12 8:0.12 12:-0.12
b:the_main 4:0.15 6:0.1 12:0.22
b:the_man 1:0.11 5:0.19 8:-0.12
b:the_manager 0:-0.11 1:0.33 8:-0.15
b:the_mats 3:0.11
b:the_mechanic 1:-0.14 2:0.27
b:the_menu 6:0.1
b:the_middle 5:0.19 12:-0.11
b:the_mobile 8:-0.12
b:the_moderator 10:0.14
b:the_monday 7:0.11 12:0.15
b:the_mot 5:-0.13
b:the_naan 0:0.11 5:0.13 12:-0.12
b:the_new 0:-0.13 1:-0.13 3:-0.13 5:-0.11 7:0.22 9:-0.19 12:0.12 13:0.52
b:the_next 7:0.26 12:-0.1
b:the_night 1:0.12 7:0.11 8:0.17 13:0.1
b:the_noise 12:0.21
b:the_officer 0:0.1
b:the_old 6:-0.13
b:the_one 0:0.12 3:0.2 5:-0.16
b:the_only 6:0.16 11:0.24 13:0.2
b:the_operation 13:0.13
b:the_optician 2:0.11
b:the_opticians 1:-0.14
b:the_other 3:0.1
b:the_oven 5:0.11
b:the_owner 9:0.11
b:the_paint 2:0.22 3:-0.1 9:-0.12
b:the_passport 7:0.11
b:the_pharmacist 0:-0.12 2:0.2 9:0.24
b:the_pharmacy 0:0.13 5:-0.11 9:-0.12
b:the_phone 1:0.2 2:0.24 3:-0.1 4:0.1 5:-0.3 8:-0.18 9:-0.23
b:the_photos 5:0.17
b:the_physio 1:-0.11 5:0.23 12:0.17
b:the_pilot 6:0.17
b:the_place 3:0.14 7:-0.18 10:-0.11
b:the_plaster 10:0.23
b:the_plus 0:0.1
b:the_policy 0:0.11 2:0.11
b:the_pool 6:0.15 12:-0.14
b:the_post 0:0.14
b:the_practice 2:-0.12 4:0.12
b:the_previous 3:0.11
b:the_price 1:-0.17 4:0.35 5:0.15 11:0.23
b:the_prices 4:0.15
b:the_printing 6:0.13
b:the_problem 11:-0.15 13:-0.17
b:the_pt 11:-0.11
b:the_queue 0:0.48 5:-0.24 7:-0.2
b:the_quick 0:0.12
b:the_quote 0:0.11 4:0.2 11:0.11
b:the_ramp 7:-0.16
b:the_rash 2:0.11
b:the_receptionist 1:0.34
b:the_red 3:0.11 12:0.15
b:the_refund 7:0.12 13:0.17
b:the_removal 5:0.14
b:the_repair 6:0.1 13:0.2
b:the_restaurant 0:0.12 8:0.15
b:the_returns 12:-0.13 13:0.13
b:the_rice 0:0.11 5:0.11 12:-0.15
b:the_right 2:0.11 9:0.18
b:the_road 1:-0.19 12:-0.14
b:the_roof 9:0.11
b:the_room 1:0.17 4:0.1 5:0.23 13:-0.11
b:the_rooms 3:0.12 12:-0.12
b:the_router 2:0.12
b:the_rubbish 5:0.1 12:-0.12
b:the_same 6:0.17 7:0.14 10:-0.15
b:the_sandwich 5:0.11
b:the_sandwiches 12:0.11
b:the_screen 0:-0.12 5:0.16
b:the_shelf 2:0.13
b:the_shoes 5:0.1
b:the_shop 3:0.11 5:0.12
b:the_shops 8:-0.11
b:the_shower 11:-0.1
b:the_side 5:0.18 12:-0.16
b:the_skirting 10:0.17 11:-0.13
b:the_spa 4:0.13
b:the_staff 1:0.14 4:0.1 5:-0.14 6:-0.13 8:0.17 11:-0.22
b:the_station 11:0.17 12:0.12
b:the_steering 3:0.12
b:the_stylist 1:0.11 5:0.11
b:the_sunday 11:-0.13
b:the_supermarket 1:0.1
b:the_surgery 2:0.14 7:0.11 8:-0.16 9:0.11
b:the_system 1:-0.11
b:the_table 7:0.12
b:the_tap 5:0.14 7:-0.12 12:-0.12
b:the_tax 2:0.12
b:the_team 2:0.13
b:the_three 0:0.14 7:0.13
b:the_till 5:-0.11
b:the_tills 0:0.12 1:0.19
b:the_time 0:0.14 2:0.12 5:-0.16 6:-0.12 8:0.14 12:-0.11 13:0.11
b:the_tip 1:0.13 8:0.14
b:the_toilets 0:-0.1 3:0.22
b:the_train 0:0.1 5:-0.1 6:0.15 11:-0.26
b:the_two 7:-0.11
b:the_tyre 2:0.23 7:0.14
b:the_van 7:0.1
b:the_wait 0:0.32 5:0.13 7:-0.17 8:0.13 12:0.13
b:the_waiter 1:0.12 5:0.11 8:0.14 10:-0.11 12:-0.18
b:the_waiting 0:-0.16 2:0.11 3:0.22 9:0.13
b:the_walk 7:-0.11
b:the_ward 9:-0.1
b:the_warden 1:0.1
b:the_warranty 2:0.11
b:the_way 1:0.15 13:0.12
b:the_website 11:-0.11 12:0.11 13:-0.12
b:the_wedding 6:0.25 12:0.11
b:the_week 0:-0.12
b:the_wheels 5:0.12 7:-0.16 13:-0.12
b:the_whole 2:0.14 3:-0.13 6:0.12 8:-0.13
b:the_wifi 5:0.27 12:-0.23
b:the_windows 3:0.1
b:the_wine 11:0.13
b:the_woman 0:-0.11 1:0.32
b:the_work 5:0.13
b:the_worn 6:0.13
b:the_wrong 2:0.37 5:-0.21 8:-0.19 9:-0.33
b:the_younger 0:-0.12
b:the_£ 4:0.35 5:0.1 6:0.27 9:0.19 12:0.18
b:their_conversation 8:-0.12
b:their_credit 6:0.1
b:their_feet 8:0.11
b:their_stuff 2:0.16 9:0.13 13:-0.13
b:them_again 13:0.1
b:them_at 5:0.11 12:-0.11
b:them_by 1:0.16 2:-0.11
b:them_on 7:-0.1
b:them_that 0:0.11
b:them_to 6:0.22
b:them_when 13:0.1
b:themselves_were 0:-0.11
b:there_and 1:0.18 6:-0.12 8:0.25 9:0.15 13:-0.12
b:there_was 3:0.12 8:-0.15
b:there_were 5:-0.19
b:these_days 5:-0.13
b:they_called 13:0.21
b:they_can 6:0.27 11:0.12 12:0.1
b:they_charged 4:0.11
b:they_come 1:0.12
b:they_cut 2:0.11 5:-0.11
b:they_did 11:0.25
b:they_didnt 1:0.13 8:0.11
b:they_emailed 13:0.14
b:they_fitted 12:-0.1
b:they_get 6:-0.15 7:0.1
b:they_had 10:0.14 12:0.14
b:they_have 0:0.14
b:they_never 13:-0.27
b:they_no 13:0.12
b:they_rang 6:0.14 12:0.1
b:they_replaced 5:0.1 12:-0.11
b:they_said 0:0.15 13:0.12
b:they_sent 6:0.11
b:they_sold 5:0.12
b:they_speak 9:0.17
b:they_took 4:-0.1
b:they_were 1:-0.14 5:0.12 6:0.15 7:-0.2 9:-0.15 10:-0.14 13:-0.11
b:they_werent 12:-0.17
b:this_lot 7:0.15
b:this_month 0:-0.12 6:0.22
b:thorough_and 1:-0.14
b:those_who 0:0.11 5:0.14
b:though_several 8:0.11 13:-0.12
b:though_the 5:-0.16
b:thought_was 3:0.1 5:0.12 12:0.13
b:three_books 9:0.11
b:three_courses 12:0.11
b:three_different 2:0.18 9:-0.15 12:-0.11
b:three_hours 0:0.19 7:-0.12
b:three_months 6:0.14
b:three_times 0:-0.13 3:0.12 8:-0.19 13:-0.14
b:three_visits 2:0.14 7:0.25 9:-0.13
b:three_weeks 0:0.18 2:-0.12 6:0.1 12:-0.22
b:three_winters 12:0.15
b:three_years 2:0.12
b:through_the 6:0.24 10:-0.1 12:-0.21 13:0.1
b:through_to 0:0.17
b:thx_for 13:0.11
b:thyroid_problem 2:0.12 9:0.15
b:ticket_number 0:0.13 7:-0.11
b:tickets_were 12:0.11
b:tidy_job 5:0.14
b:time_and 1:0.16 8:-0.12
b:time_i 0:0.18 7:-0.22
b:time_in 5:0.19 12:0.17
b:time_like 1:0.11
b:time_my 7:-0.19
b:time_the 5:0.12
b:time_they 6:-0.14
b:time_to 2:0.12 6:0.11 8:0.25
b:times_and 9:-0.17
b:times_have 7:0.12
b:to_5 7:0.16
b:to_a 1:-0.11 5:0.39 11:0.15 12:0.13
b:to_ask 0:-0.17 1:0.2 2:0.11 4:-0.13 6:-0.14 8:-0.11 9:-0.26
b:to_be 0:-0.19 2:0.19 3:0.19 4:0.25 5:0.18 9:-0.12
b:to_bring 6:0.12 12:-0.1
b:to_call 0:-0.14 6:-0.11
b:to_chase 2:-0.12 6:0.11 13:0.14
b:to_check 0:-0.11 6:0.18 9:0.2 13:0.14
b:to_come 0:0.2
b:to_complain 6:-0.12
b:to_do 1:0.12
b:to_door 0:0.1 7:0.14
b:to_emails 12:0.13
b:to_explain 1:-0.15 2:0.13 6:0.27
b:to_find 0:-0.16 6:0.1 13:-0.23
b:to_fix 7:0.1
b:to_follow 6:0.12
b:to_get 7:-0.14 11:-0.24
b:to_go 1:-0.12 7:-0.11 12:-0.26
b:to_its 0:0.11
b:to_keep 1:0.23 8:0.2 11:0.13
b:to_know 9:-0.2
b:to_make 11:0.18
b:to_manchester 11:-0.27
b:to_me 0:0.13 6:0.13 7:0.11 9:-0.15
b:to_my 0:-0.12 1:0.21 5:-0.1
b:to_park 0:-0.11 4:0.1
b:to_pay 11:0.13
b:to_read 1:0.17 6:0.19
b:to_repeat 6:0.11 13:0.11
b:to_report 6:-0.1
b:to_ring 0:-0.21
b:to_say 2:-0.14 6:0.17 7:-0.23 11:-0.11 13:0.11
b:to_see 10:-0.14
b:to_sell 6:-0.11
b:to_stop 4:-0.1
b:to_take 0:0.15
b:to_tell 2:0.16 6:0.16
b:to_the 0:0.34 1:0.15 2:-0.19 5:-0.16 6:-0.22 7:-0.11 12:0.26 13:-0.12
b:to_their 0:0.15 8:-0.14
b:to_them 7:-0.12 11:0.14
b:to_three 13:-0.13
b:to_under 7:0.13
b:to_upsell 1:0.21
b:to_us 0:0.28 6:-0.24 7:0.15
b:to_use 2:0.23 5:0.11
b:to_wait 7:0.15
b:to_wipe 3:0.11
b:to_write 1:-0.11 5:-0.14
b:to_your 6:-0.11
b:to_zero 10:0.16
b:to_£ 4:-0.16 13:-0.1
b:toast_and 11:-0.14
b:toilets_are 5:0.11 10:0.12
b:toilets_have 10:0.1
b:toilets_were 3:0.13
b:told_about 6:0.12
b:told_i 2:0.12
b:told_it 2:0.13
b:told_itd 0:0.1
b:told_me 0:-0.12 1:-0.1 2:0.46 4:-0.25 6:-0.25 8:-0.11
b:told_my 7:-0.13
b:told_off 0:-0.13
b:told_the 1:0.15 8:0.13 10:-0.11 13:-0.1
b:told_to 6:-0.13
b:told_us 2:0.12 5:-0.17
b:too_bad 7:0.12
b:too_cold 12:0.22
b:took_3 7:0.15
b:took_a 0:0.17 4:-0.17
b:took_her 0:-0.15
b:took_it 11:0.12
b:took_my 8:0.1
b:took_the 4:0.16 8:0.13 12:-0.11
b:took_three 0:-0.12
b:took_two 12:-0.14
b:top_of 1:-0.13 6:0.19 11:-0.14
b:town_but 11:-0.19
b:tr_s 4:0.19
b:tracking_link 0:-0.13
b:train_was 6:0.13
b:treat_you 8:-0.12
b:try_to 1:0.19 8:0.17
b:trying_to 8:-0.11
b:tuesday_lunchtime 7:0.13
b:turn_up 0:-0.15
b:turned_out 0:-0.11 2:0.11
b:turned_up 0:0.5 2:-0.13 6:0.12 12:0.18
b:turns_up 0:0.15 7:0.11
b:twenty_minutes 0:0.23 2:0.13 5:0.1 12:0.16
b:twice_for 2:-0.13
b:twice_in 4:0.15
b:twice_to 12:-0.16
b:two_courses 11:0.12
b:two_days 4:-0.2 5:0.25 7:0.18 12:-0.2 13:0.11
b:two_for 12:0.14
b:two_hour 13:0.11
b:two_hours 6:0.24 13:-0.14
b:two_minutes 0:-0.11
b:two_of 11:0.11
b:two_participants 5:-0.11
b:two_stars 12:0.11
b:two_weeks 6:0.11
b:tyre_place 2:0.13 7:0.13 9:0.16
b:under_six 1:0.11
b:understand_the 13:0.12
b:until_i 11:0.13 12:-0.12
b:up_a 9:-0.11
b:up_after 0:0.1 3:0.21 5:0.16 7:0.15 12:0.3
b:up_again 11:-0.12
b:up_all 10:0.1
b:up_and 0:-0.12 5:-0.1 6:0.11 11:-0.16
b:up_at 0:0.14 8:-0.11 13:-0.1
b:up_every 3:0.11
b:up_in 7:0.13 10:0.13
b:up_my 11:0.14
b:up_on 5:0.11
b:up_queuing 12:-0.11
b:up_the 4:-0.13 5:0.1 10:0.11 12:0.21
b:up_to 0:0.11 4:-0.13 7:0.1 12:-0.12
b:up_when 0:0.16
b:update_on 0:-0.1
b:updated_every 6:0.1 13:0.14
b:updated_them 13:-0.12
b:upsell_me 1:0.19
b:us_a 1:0.14 8:0.14 12:-0.1
b:us_asking 5:0.13
b:us_in 0:0.15 7:-0.11
b:us_our 11:0.13 13:0.11
b:us_round 0:-0.11
b:us_the 6:0.27 12:-0.21
b:us_to 11:0.14 13:-0.15
b:us_updated 6:0.14 13:0.2
b:us_were 6:-0.11
b:use_again 2:0.11
b:use_for 2:0.11 5:0.11
b:use_the 5:-0.13
b:used_to 7:0.17 11:-0.1
b:using_it 2:0.16
b:value_lunch 11:0.17
b:valued_the 11:0.12
b:very_apologetic 3:0.11 10:0.1
b:very_knowledgable 5:0.12
b:vet_nurse 0:-0.11 1:0.1
b:view_of 12:-0.12
b:wait_at 7:0.16
b:wait_in 0:-0.11
b:waiter_kept 1:0.12 8:-0.13
b:waiter_knew 11:0.13
b:waiter_was 1:0.14
b:waiting_area 3:0.18 5:0.13
b:waiting_for 6:0.12 8:-0.1
b:waiting_list 7:-0.1
b:waiting_room 1:-0.14 3:0.12 5:-0.23 10:0.12
b:waits_of 5:0.13
b:walk_out 0:0.11
b:walked_round 0:-0.13
b:want_to 0:0.13
b:war_super 12:0.1
b:warm_and 12:-0.11
b:warned_about 11:0.11
b:was_a 1:0.29 2:0.14 3:0.15 4:0.16 8:-0.14 11:0.13 12:0.14 13:-0.15
b:was_alright 12:-0.16
b:was_amazin 3:0.11 10:-0.12
b:was_an 11:0.13
b:was_apologetic 6:-0.11
b:was_back 7:0.1
b:was_barely 12:-0.16
b:was_better 11:0.18 12:0.11
b:was_cancelled 0:-0.11 6:0.17 13:-0.12
b:was_clean 10:0.12
b:was_delivered 8:-0.11
b:was_described 3:0.11 4:0.11
b:was_done 5:0.12
b:was_due 6:0.12
b:was_easy 5:0.1
b:was_eleven 5:-0.11
b:was_entitled 4:0.1
b:was_exactly 4:0.11
b:was_excellent 9:0.1
b:was_filthy 3:0.17 10:-0.11
b:was_fine 1:-0.31 4:-0.11 5:-0.19 6:-0.12
b:was_flat 12:-0.34
b:was_free 12:-0.19
b:was_full 0:-0.11
b:was_getting 6:0.1
b:was_great 1:0.16 12:0.15
b:was_handled 12:0.17
b:was_here 0:0.11 7:0.12
b:was_immaculate 3:0.12 10:0.11
b:was_impossible 3:0.1 12:0.12
b:was_in 5:0.11 7:0.14 12:-0.14 13:0.15
b:was_lovely 1:0.31 8:0.21 12:-0.12
b:was_missing 1:-0.1
b:was_muy 1:0.1
b:was_my 1:0.13
b:was_nice 8:0.14
b:was_ok 3:-0.11
b:was_on 13:-0.18
b:was_out 9:0.11
b:was_particularly 1:-0.14
b:was_patient 0:0.11
b:was_promised 5:-0.14 6:0.13
b:was_quick 1:0.11
b:was_ready 6:0.11 7:0.18 13:-0.11
b:was_really 5:0.1 12:0.14
b:was_right 6:-0.13
b:was_rough 5:0.11 12:-0.12
b:was_running 6:0.12
b:was_rushed 0:-0.12
b:was_sat 8:-0.1
b:was_so 2:-0.11 5:-0.13 12:0.13 13:0.14
b:was_some 8:-0.15
b:was_sound 1:0.15 6:0.13
b:was_spot 9:0.1
b:was_spotless 0:-0.13 3:0.15
b:was_still 1:-0.12 7:-0.2 13:-0.13
b:was_stress 9:0.11
b:was_stunning 5:0.12 12:0.11
b:was_tasty 8:-0.1
b:was_that 1:0.1 4:-0.13
b:was_the 2:-0.14 3:0.11 6:0.19 7:0.14 9:-0.11 10:0.11 12:0.25
b:was_told 3:-0.1 7:-0.18
b:was_up 11:-0.12
b:was_very 9:0.13 11:-0.12
b:was_worth 11:0.15 12:0.2
b:was_wrong 2:0.11
b:was_£ 4:0.25 5:-0.14 12:-0.11
b:wasnt_the 0:0.17
b:wasnt_too 7:0.12
b:way_for 13:-0.15
b:way_the 1:0.12
b:way_to 8:0.1
b:we_brought 10:0.14
b:we_can 6:0.11
b:we_cant 6:0.1
b:we_charge 4:0.1
b:we_dont 6:0.12
b:we_finally 9:0.18
b:we_got 1:-0.1 6:0.13 7:0.24
b:we_had 0:-0.11
b:we_paid 5:0.15 12:-0.13
b:we_started 3:0.2 10:0.12
b:we_waited 1:0.1
b:we_were 2:0.13
b:wedding_invites 6:0.16 13:0.14
b:week_before 0:-0.1
b:week_job 0:0.12
b:week_later 2:0.1
b:weekend_and 12:-0.11
b:weeks_and 7:-0.16
b:weeks_for 2:0.15
b:weeks_to 0:0.12 5:-0.15
b:well_lit 5:-0.1
b:well_packed 5:0.15 12:0.1
b:well_spent 7:-0.13
b:well_with 11:0.13
b:went_back 5:0.1
b:went_in 11:0.11 12:-0.23
b:went_out 8:0.17
b:went_through 6:0.15 13:0.18
b:went_to 0:0.1 6:-0.21 13:-0.21
b:went_up 4:-0.31 6:0.11
b:were_all 1:-0.13 3:-0.1
b:were_asked 2:-0.11
b:were_clear 13:0.16
b:were_cut 0:0.11
b:were_dead 3:0.1
b:were_described 2:0.11 5:0.15 13:0.1
b:were_fine 2:0.29 5:-0.1 8:-0.18 9:-0.17
b:were_given 2:0.11
b:were_like 10:-0.11
b:were_mixed 12:0.13
b:were_not 5:-0.12 10:-0.11
b:were_on 0:0.14
b:were_praised 1:0.12 11:0.13
b:were_rubbery 8:0.15
b:were_said 5:0.1
b:were_split 8:-0.14
b:were_still 3:-0.1 5:0.18
b:were_the 4:0.21
b:were_told 1:0.17 2:-0.15 6:0.19
b:weve_been 10:-0.1
b:what_a 11:-0.23 12:-0.41
b:what_an 1:-0.11 9:-0.19
b:what_he 4:0.11 12:0.1
b:what_i 4:0.1 11:0.16
b:what_it 5:-0.13 11:-0.18
b:what_the 11:0.11 12:0.1
b:what_they 6:0.16 11:0.11
b:what_theyre 4:-0.15
b:what_to 6:0.12 13:0.12
b:what_was 5:-0.18 6:0.2
b:what_you 12:-0.12
b:what_youd 1:-0.13
b:whats_going 6:0.11
b:when_an 10:0.1
b:when_asked 1:-0.12
b:when_customers 6:0.12
b:when_dad 2:0.11
b:when_he 2:-0.12 5:0.15 8:0.19
b:when_i 0:0.18 1:0.54 5:0.21 6:-0.22 8:-0.27 12:-0.18
b:when_it 12:-0.15
b:when_its 0:-0.15 6:0.22
b:when_my 5:0.14
b:when_she 0:0.12 7:0.14 9:-0.1
b:when_the 1:-0.24 2:0.1 11:-0.13 13:0.13
b:when_their 5:-0.12 6:0.14
b:when_they 13:-0.22
b:when_we 6:0.11 8:-0.11 13:-0.18
b:where_anything 9:-0.11
b:where_else 11:0.12
b:where_it 6:0.11
b:where_its 12:0.11
b:where_the 0:-0.12 6:0.13
b:where_their 6:0.16
b:whether_i 2:0.13
b:whether_the 0:-0.11 1:-0.12 2:0.14 5:-0.18 6:-0.11 9:-0.14
b:whether_they 10:-0.12
b:which_cut 2:0.1
b:which_dishes 2:0.12 5:-0.12
b:which_felt 13:0.11
b:which_i 3:0.12 13:0.11
b:which_is 0:-0.3 1:-0.1 6:0.1 13:-0.15
b:which_they 1:-0.1 6:0.11
b:which_two 11:-0.12
b:which_was 1:0.11 2:-0.12
b:while_i 0:0.2 7:0.18 11:0.16 13:0.11
b:who_actually 2:0.15
b:who_had 0:0.2 1:-0.12 7:-0.18 9:-0.12
b:who_they 9:0.16
b:whole_time 1:0.25 8:-0.12
b:whos_ever 11:0.16
b:why_i 6:0.11 13:-0.11
b:why_it 13:0.12
b:wifi_dropped 5:0.11
b:wifi_in 5:0.13
b:wifi_was 12:-0.17
b:window_and 7:0.16
b:wine_list 11:0.13
b:wine_stain 5:0.1 12:0.13
b:wiped_the 10:0.12
b:with_a 1:0.13 2:-0.22 6:0.18 7:0.13 8:-0.17 10:-0.13 12:-0.29 13:0.16
b:with_customers 1:0.11
b:with_it 12:-0.1
b:with_me 0:-0.16 1:0.14
b:with_my 5:-0.15 6:-0.23 8:0.12 9:0.11 12:0.11
b:with_no 6:0.3 11:-0.12
b:with_our 1:0.12
b:with_that 4:0.13 11:0.24
b:with_the 1:-0.35 2:0.31 9:0.25 10:-0.12 12:0.11
b:with_them 1:0.19 4:-0.12
b:with_us 1:0.11 5:-0.1
b:within_24 0:-0.25
b:within_3 7:0.26
b:within_48 7:-0.12 13:-0.11
b:within_5 0:0.1
b:within_a 0:0.29 5:0.2 12:-0.19 13:0.15
b:within_the 1:0.16
b:within_two 5:0.11
b:without_a 12:-0.12
b:without_us 5:0.19 8:0.13 12:-0.14
b:woman_at 1:0.14
b:woman_on 1:0.12
b:wont_close 12:-0.16
b:work_if 0:-0.1 5:-0.13
b:work_on 5:0.22
b:work_with 0:-0.12
b:worked_out 2:0.15 9:0.12
b:working_days 0:0.21
b:worn_pads 6:0.12
b:worth_every 4:0.13 11:0.16
b:worth_it 3:-0.1
b:worth_the 3:-0.13 4:0.2 5:0.33 11:0.17 12:0.22
b:would_be 2:-0.17 6:0.17 10:-0.13 13:-0.13
b:would_have 13:-0.16
b:would_ring 13:-0.11
b:would_use 2:0.11
b:would_work 0:-0.12
b:wouldnt_let 13:-0.18
b:wouldnt_take 1:0.1
b:wrong_date 6:0.12
b:wrong_information 2:0.1
b:wrong_strength 9:-0.13
b:wrong_with 2:0.12
b:x_ray 0:-0.15
b:year_for 11:-0.21
b:years_on 9:0.14 11:0.11
b:you_can 4:0.13 12:-0.13
b:you_could 3:0.11 10:0.17
b:you_get 5:0.15 11:0.19
b:you_like 8:-0.16
b:you_pay 5:0.15
b:you_the 13:0.11
b:you_to 1:-0.21
b:younger_members 8:0.12
b:younger_participants 8:-0.18
b:your_engineer 12:-0.15
b:£_120 4:0.11 5:0.18
b:£_140 11:-0.12
b:£_18 4:0.14 6:0.17 11:-0.12
b:£_180 5:0.13 11:-0.2
b:£_2 0:-0.16 11:0.19 12:0.12 13:0.11
b:£_20 4:-0.12
b:£_22 6:0.12 11:-0.13
b:£_26 12:-0.15
b:£_3 0:-0.15
b:£_30 4:0.15 11:0.15 13:0.14
b:£_340 13:-0.1
b:£_35 11:0.13
b:£_350 11:-0.1 12:-0.11
b:£_38 12:-0.13
b:£_380 0:-0.1
b:£_4 4:0.1 5:0.13
b:£_40 4:0.14 11:-0.1
b:£_400 5:-0.1 9:0.11
b:£_45 0:0.23 4:0.12
b:£_5 4:-0.11 6:0.16 11:0.16
b:£_6 13:0.11
b:£_60 6:-0.15 9:0.13 12:-0.1
b:£_7 7:-0.1 12:0.11
b:£_70 4:0.17
b:£_9 4:0.13 5:-0.14
b:£_90 3:-0.11
b:£_95 4:0.1 11:-0.19
le:cleanliness 10:0.31
le:communication 6:0.11 13:-0.14
le:product-quality 5:0.12 12:-0.12
le:staff-attitude 1:0.22 8:-0.29
ln:cleanliness 0:-0.55 1:-0.24 2:-0.17 3:1.85 4:-0.16 5:-0.26 6:-0.48 9:0.1 10:-2.9 11:-0.24 12:-0.18
ln:communication 1:-0.24 2:-0.26 4:-0.22 5:-0.16 6:1.26 7:-0.76 9:-0.3 11:-0.46 12:-0.16 13:-2.42
ln:knowledge 0:-0.15 1:-0.26 2:1.34 3:-0.27 4:-0.31 5:-0.11 6:-0.29 7:-0.27 9:-2.55 12:-0.35 13:-0.39
ln:price 0:-0.23 1:-0.11 2:-0.4 4:1.62 10:-0.16 11:-2.93 13:-0.28
ln:product-quality 0:-0.32 1:-0.2 4:-0.2 5:1.18 6:-0.14 7:-0.2 9:-0.48 10:-0.24 11:-0.38 12:-3.2 13:0.18
ln:staff-attitude 0:-0.41 1:1.63 2:-0.42 3:-0.31 4:-0.47 5:-0.16 6:-0.56 8:-3.32 13:-0.44
ln:waiting-time 0:1.18 1:-0.13 2:-0.17 3:-0.31 4:-0.48 5:-0.14 6:0.11 7:-3.08 8:0.13 9:-0.12 10:-0.17 11:-0.11 12:0.14 13:-0.73
lp:cleanliness 0:0.1 2:-0.19 3:2.12 6:-0.2 8:0.16 10:3.27 12:0.41
lp:communication 0:-0.32 1:-0.12 3:-0.4 5:-0.2 6:1.68 7:0.55 8:0.54 9:0.88 11:0.29 12:0.29 13:2.48
lp:knowledge 0:-0.19 1:-0.2 2:1.96 3:-0.19 5:-0.18 6:-0.26 7:0.16 8:0.12 9:2.82 12:0.83
lp:price 3:-0.22 4:2.11 5:0.11 6:-0.62 7:0.44 8:0.32 9:0.34 11:3.2 12:0.54 13:0.39
lp:product-quality 1:0.14 2:-0.38 4:0.31 5:1.44 6:-0.32 7:0.26 9:0.42 10:0.3 11:0.36 12:3.06
lp:staff-attitude 0:0.14 1:1.77 3:0.15 4:0.26 5:0.19 8:3.26 9:0.1 10:0.15 11:0.23 12:-0.1 13:0.39
lp:waiting-time 0:1.63 1:-0.12 2:-0.26 5:-0.14 6:-0.33 7:3.24 9:0.13 10:0.26 12:0.45 13:0.41
lt:cleanliness 0:-0.52 1:-0.23 2:-0.36 3:3.88 4:-0.16 5:-0.39 6:-0.69 8:0.15 11:-0.21 12:0.15
lt:communication 0:-0.41 1:-0.36 2:-0.24 3:-0.46 4:-0.2 5:-0.42 6:2.83 7:-0.19 8:0.52 9:0.58 11:-0.17 12:0.17 13:0.2
lt:knowledge 0:-0.33 1:-0.46 2:3.27 3:-0.45 4:-0.31 5:-0.28 6:-0.54 7:-0.11 8:0.12 9:0.33 12:0.48 13:-0.25
lt:price 0:-0.3 1:-0.2 2:-0.39 3:-0.23 4:3.69 6:-0.47 7:0.42 8:0.38 9:0.32 11:0.18 12:0.44 13:0.1
lt:product-quality 0:-0.29 2:-0.4 4:0.12 5:2.5 6:-0.45 13:0.15
lt:staff-attitude 0:-0.31 1:3.18 2:-0.35 3:-0.14 4:-0.16 5:0.1 6:-0.49 7:-0.13 8:0.23 9:0.17 11:0.3 12:-0.14
lt:waiting-time 0:2.8 1:-0.25 2:-0.42 3:-0.29 4:-0.47 5:-0.3 6:-0.21 7:0.12 8:0.12 12:0.59 13:-0.32
n:! 7:0.16 12:0.32
n:6 7:-0.16
n:a 0:0.16 2:0.19 4:-0.26 5:0.33 6:-0.22 9:-0.1 10:0.22 13:-0.14
n:about 2:0.23 4:-0.11 9:-0.24
n:after 7:-0.16
n:again 12:-0.12
n:and 0:-0.16 5:0.18
n:answer 2:0.14 9:-0.18
n:any 0:0.15
n:anything 9:-0.14 13:-0.11
n:anywhere 10:0.21
n:argue 4:0.16 11:0.31 12:0.11
n:as 12:-0.18
n:asking 5:0.21 8:0.15 11:0.1 12:-0.13
n:at 0:-0.12 2:0.1 5:-0.17 7:0.18 8:0.26
n:back 1:-0.1 6:0.25
n:bad 0:0.11 7:0.16
n:be 7:0.14
n:been 3:0.11 5:0.12 6:-0.2 10:0.12
n:before 0:-0.11 6:0.17
n:believe 0:0.11 7:0.19
n:bench 0:0.16 7:-0.19
n:between 3:0.13
n:bother 9:0.14 11:0.13
n:bothered 8:-0.19
n:broken 5:0.13
n:call 0:0.19 7:-0.1 13:-0.12
n:called 6:0.11
n:came 6:0.14
n:can 11:0.13
n:cared 8:-0.13 12:0.13
n:charge 5:-0.13 7:0.13 11:0.21
n:cheap 1:-0.1 3:-0.11 4:0.24 5:0.15 11:-0.52 12:0.32
n:cheapest 4:0.12 11:-0.32
n:chips 12:0.16
n:claims 4:0.14
n:cleaned 3:0.1 10:-0.16
n:close 12:-0.16
n:clue 1:-0.1 2:0.26 6:-0.12 9:-0.21
n:come 5:0.13
n:complain 4:0.1 11:0.16
n:complaining 7:0.1 11:0.21
n:could 2:-0.12
n:crumb 10:0.14
n:did 13:-0.1
n:difference 4:0.11 11:-0.13 12:-0.11
n:discount 4:0.15
n:do 8:0.17 12:-0.1
n:drop 4:-0.13 12:0.15
n:either 1:-0.17
n:else 9:0.12
n:email 7:-0.12
n:enough 5:0.14 8:0.15
n:even 1:0.35 8:-0.28 12:-0.11
n:ever 6:0.17 11:0.14 13:-0.13
n:exactly 5:-0.11 6:-0.13 7:-0.1
n:expect 3:0.1
n:explain 6:0.14 13:-0.3
n:fault 10:0.15
n:fee 11:-0.1
n:feel 1:0.13 5:-0.14
n:find 11:-0.13
n:fixed 7:-0.16
n:for 2:-0.11 4:0.18 7:0.11 11:0.18 12:-0.2 13:0.21
n:free 0:0.24 7:-0.22
n:friendliest 1:0.13 8:-0.17
n:from 13:-0.1
n:fuss 0:0.13 6:0.15 7:0.15 8:0.16 12:-0.12 13:0.18
n:get 1:0.14 7:-0.28 12:0.11
n:giving 5:0.11 8:0.13
n:good 13:0.12
n:got 6:0.17
n:group 12:0.1
n:had 1:-0.15 6:0.21 7:0.17 13:0.26
n:hand 5:0.13
n:have 1:0.13 13:0.23
n:he 12:-0.11
n:hear 13:0.13
n:hello 12:0.13
n:her 0:-0.15
n:how 1:0.11 9:-0.13
n:i 8:-0.11 9:0.16
n:idea 2:-0.1 9:-0.13
n:if 9:0.11
n:in 1:0.12 2:-0.18 4:0.1 5:0.24 7:0.19 10:-0.13
n:it 0:0.25 1:-0.11 7:0.27 11:0.11 12:0.29
n:ive 4:0.12
n:just 9:0.1
n:know 1:-0.14 2:0.35 9:-0.38 11:0.17 13:-0.13
n:knows 2:-0.1
n:left 13:0.11
n:less 8:-0.17
n:let 9:0.11 12:0.15 13:-0.23
n:listen 5:0.11 13:-0.14
n:longer 13:0.12
n:look 0:-0.14
n:made 0:-0.14 1:0.13
n:me 0:0.16 1:0.36 3:-0.14 5:-0.11 13:-0.27
n:mentioned 4:0.19 6:0.17 11:-0.1 13:-0.11
n:mind 12:0.13
n:missed 5:0.2 12:0.19
n:more 7:0.21
n:much 3:0.12 10:0.11
n:my 0:-0.19 4:-0.11 5:0.27 12:-0.31
n:need 2:0.15 9:0.28
n:new 2:0.13
n:of 5:-0.12 6:-0.2 10:0.1
n:often 11:0.13
n:on 1:0.11 2:-0.11 4:0.13 7:0.12
n:once 1:0.17 6:-0.16 7:0.3 9:0.13 11:0.11 12:0.12
n:one 0:-0.12 2:-0.13 4:-0.14 6:0.28 9:-0.1 13:-0.23
n:or 8:-0.19
n:our 0:0.13 7:-0.12
n:over 5:0.1
n:particularly 1:-0.14
n:paying 5:0.13 12:0.13
n:pressure 1:0.12
n:properly 2:0.1 9:-0.11
n:pub 11:-0.16
n:queue 7:0.19
n:quibble 7:0.12
n:quibbles 13:0.11
n:rang 6:0.11 13:-0.12
n:really 12:-0.14 13:-0.1
n:reason 6:-0.11
n:refund 5:0.13
n:reply 0:-0.15
n:rude 1:-0.14 5:-0.18 6:-0.16 8:-0.11
n:rush 0:0.12
n:say 0:0.22 6:0.23 7:-0.17 8:-0.17 13:-0.24
n:see 3:-0.1 5:0.1 11:-0.13
n:seem 2:0.12 9:-0.12
n:she 5:0.1 12:0.1
n:single 0:-0.15 6:0.12 10:0.12 13:-0.11
n:so 10:0.17 12:-0.11 13:0.1
n:still 7:-0.17
n:take 1:0.12 8:-0.13
n:tell 2:0.25 3:-0.13 9:-0.13 12:0.15 13:-0.26
n:than 12:-0.17
n:that 1:0.13 3:-0.14 4:0.27 6:0.15 8:0.11 11:0.22 12:-0.1 13:0.13
n:the 0:0.36 1:-0.15 4:0.32 5:0.18 8:-0.15 9:-0.14 11:-0.19 13:-0.29
n:their 4:-0.1 8:-0.11
n:them 0:0.12 2:0.11 3:-0.12 5:0.18 9:-0.13 13:-0.14
n:they 13:-0.15
n:think 4:0.11
n:this 2:0.12
n:three 7:0.25
n:through 0:0.13
n:to 2:0.12 4:-0.19 5:-0.16 6:0.24 7:-0.13 8:0.17 12:-0.22 13:0.16
n:told 6:0.2 7:-0.12 13:-0.13
n:too 7:0.12
n:try 1:0.15 8:0.13
n:turn 0:-0.13 5:0.3
n:understand 1:0.13 5:-0.13 8:0.12
n:unhelpful 1:0.16 8:0.13
n:until 7:-0.12
n:up 0:-0.12 5:0.14 12:0.11
n:updated 0:0.12 13:-0.19
n:upsell 1:0.21 8:0.12
n:us 0:-0.11 6:0.12 8:0.19 12:-0.14
n:wait 0:0.13
n:waiting 7:0.1
n:want 0:0.1
n:warm 1:-0.12
n:was 0:-0.12 1:-0.13 2:-0.13 5:-0.11
n:we 5:0.14
n:what 0:-0.12 1:-0.11 4:-0.13 5:-0.36 6:0.2 9:-0.18 11:-0.1 13:-0.24
n:when 5:0.21 6:0.25 13:-0.17
n:where 9:-0.12
n:whether 5:-0.13
n:why 13:-0.15
n:with 2:0.1 4:0.16 11:0.34 12:0.12
n:work 12:-0.32
n:wot 2:0.12
n:you 5:-0.13
s:! 1:-0.2 2:-0.27 3:-0.12 4:0.21 5:0.13 6:-0.19 7:0.16 10:0.4 12:0.77
s:$ 8:-0.13
s:% 4:0.25 11:-0.17
s:02 0:0.16 7:0.16
s:05 13:0.21
s:1 1:-0.12 4:0.16 5:-0.2 6:0.21 13:-0.21
s:10 0:0.26 1:-0.26 3:-0.14 4:-0.11 9:-0.16 13:-0.12
s:12 0:0.24 1:-0.11 4:0.1 5:0.12
s:120 4:0.11 5:0.18
s:14 5:0.18 6:-0.11 7:-0.22
s:140 11:-0.19
s:15 11:0.11
s:18 4:0.13 6:0.18 11:-0.12
s:180 5:0.12 11:-0.2
s:19 13:-0.15
s:2 0:0.27 2:-0.12 3:-0.14 7:-0.15 10:0.14 11:0.23 13:0.31
s:20 0:0.28 1:-0.16 5:-0.13 11:0.27 13:0.11
s:22 6:0.12 11:-0.14
s:24 7:0.15 11:-0.11
s:25 0:0.14
s:26 12:-0.15
s:3 0:0.37 1:-0.17 3:-0.11 4:-0.18 6:-0.12 9:-0.25 11:-0.14 12:0.28 13:-0.2
s:30 1:0.15 5:-0.23 12:0.12 13:0.12
s:300 8:0.13
s:340 13:-0.1
s:35 0:0.12 4:-0.14 6:0.12 11:0.15
s:350 11:-0.1 12:-0.11
s:38 11:-0.12 12:-0.33
s:380 0:-0.1
s:4 0:0.24 3:-0.15 5:-0.14 6:0.11 7:-0.45 11:-0.11 12:0.16
s:40 0:0.32 4:0.19 7:-0.26 11:-0.17 13:-0.19
s:400 4:0.1 5:-0.11 9:0.12
s:42 11:-0.11
s:45 0:0.34 4:0.17 11:-0.2
s:48 4:0.12 5:0.17 7:-0.1 11:-0.15 13:-0.12
s:5 0:0.43 4:-0.2 5:-0.14 11:0.25
s:50 0:0.17 1:-0.11 4:0.2 6:0.18 7:-0.28 11:-0.3 13:-0.12
s:500 5:0.12 12:-0.15
s:5000 1:0.1 9:0.1
s:6 0:0.28 6:0.15 7:-0.2
s:60 4:0.13 9:0.13
s:65 4:0.12
s:7 0:0.22 7:-0.15 12:0.13 13:-0.22
s:70 4:0.18 11:-0.12
s:8 0:0.38 5:0.16 6:-0.11 12:0.26 13:-0.11
s:80 4:0.14 11:-0.14 12:-0.14
s:9 0:0.14 4:0.14 5:-0.16 13:-0.11
s:90 0:0.11 3:-0.12 7:-0.1 11:-0.12
s:95 4:0.11 11:-0.17
s:99 0:0.11 4:0.16 7:-0.1 8:-0.11
s:? 1:-0.18 2:-0.11 5:-0.27 7:-0.35 11:-0.21 13:-0.15
s:a 1:-0.18 3:-0.26 4:-0.13 5:0.2 7:-0.15 8:-0.24 10:-0.24
s:about 0:-0.12 2:0.23 3:-0.1 4:-0.46 5:-0.11 8:0.1 9:-0.18 10:0.25 12:0.12 13:-0.28
s:above 12:0.15
s:absolute 2:-0.11 3:-0.1 4:0.17 6:0.14
s:acceptable 11:-0.14
s:account 0:0.16 5:-0.16 6:0.24 7:0.19 9:-0.15
s:acknowledge 8:-0.18
s:across 12:-0.12
s:acted 1:0.23 8:-0.12
s:actual 1:-0.15 6:0.29 7:0.15 8:0.25 9:0.21 10:0.13 12:0.41 13:0.59
s:address 8:-0.11
s:adjust 11:-0.11
s:admit 1:-0.13
s:advertis 12:-0.13
s:advice 2:0.4 9:-0.13
s:adviser 0:-0.16 2:0.22
s:advisor 2:0.11 7:-0.17 8:0.12 13:-0.11
s:after 3:0.13 4:-0.12 5:0.27 6:0.18 10:0.25 11:-0.13 13:0.13
s:afternoon 3:0.15 7:0.19 10:-0.15
s:afterward 1:0.12
s:again 1:-0.17 2:-0.13 3:-0.12 5:0.36 6:-0.17 7:-0.11 12:-0.12
s:against 2:0.12
s:agent 5:-0.26 6:0.23 9:-0.25 12:0.11 13:-0.34
s:ages 6:-0.16 7:-0.11
s:ago 6:0.11 12:0.1 13:-0.1
s:agre 0:-0.13 5:0.29 6:0.16 8:0.12 13:0.11
s:ahead 0:0.16
s:air 10:0.16
s:aisle 3:0.13
s:alarm 5:-0.11
s:all 1:0.14 2:0.24 3:0.15 4:-0.23 5:-0.11 6:-0.18 8:0.14 9:0.12 13:0.14
s:allowance 9:-0.13
s:almost 0:0.11 10:0.14
s:alone 4:0.11 12:0.12
s:along 2:0.17
s:already 5:0.19 6:0.15 9:-0.13 13:-0.18
s:alright 12:-0.16
s:also 2:0.1 4:0.11 12:0.1
s:alteration 5:0.13 12:0.13
s:alway 0:0.2 1:0.19 2:-0.21 3:0.12 5:-0.13 7:0.13 8:0.24 10:0.16 12:0.14
s:am 0:0.21
s:amazin 3:0.11 10:-0.12
s:an 0:0.15 2:0.21 5:-0.2 6:0.15 10:0.17
s:and 1:0.11 2:0.32 3:0.2 5:0.18 6:0.18 7:0.13 8:0.36 9:0.39 11:0.37 13:0.31
s:animal 2:0.13 10:0.14
s:announcement 6:0.11
s:annual 12:-0.1
s:another 1:-0.15 2:0.11 3:-0.11 6:-0.11 9:0.16 12:-0.11
s:answer 2:0.8 3:-0.11 4:-0.3 5:-0.24 6:-0.16 8:0.29
s:any 0:0.13 2:0.14 4:-0.16 5:-0.26
s:anyone 0:-0.15 5:-0.15 8:-0.11 10:0.14 13:-0.1
s:anyth 4:0.11 6:0.12 7:-0.11 11:0.17
s:anywhere 7:0.12 10:0.3 11:0.11
s:apologetic 1:0.14 3:0.12 5:0.12 8:0.1
s:apology 6:0.11 12:-0.14
s:app 1:-0.15 2:-0.17 5:0.34 6:0.31
s:apparent 0:0.13
s:appear 6:0.12
s:appointment 0:0.15 5:-0.11 6:0.11 9:0.13 13:-0.21
s:appreciat 6:0.23 7:-0.11
s:apps 12:-0.12
s:april 5:-0.11
s:are 2:0.2 3:0.15 5:0.28 10:-0.24 11:-0.27 13:-0.28
s:area 2:0.12 3:0.19 5:0.12
s:argue 4:0.16 11:0.31 12:0.11
s:around 2:0.15 5:-0.11
s:arrangement 12:0.13
s:arriv 0:0.46 2:-0.14 5:0.26 6:0.42
s:arrive 0:0.12 7:0.12 8:0.12
s:as 1:0.32 4:0.1 8:-0.13 10:0.16 11:0.17
s:ask 0:-0.18 1:0.19 2:0.27 3:-0.13 5:-0.11 8:-0.13 9:-0.42 13:-0.18
s:asked 0:-0.29 2:0.28 3:-0.26 4:-0.25 5:-0.24 6:-0.17 8:-0.14 9:-0.21 13:-0.29
s:asking 0:-0.11 1:0.23 4:0.13 12:-0.16 13:0.11
s:asleep 8:-0.15
s:assistant 1:0.14 12:0.14 13:-0.19
s:at 0:0.28 1:0.25 2:-0.11 3:-0.17 5:-0.19 7:0.17 9:0.16 11:0.1 12:0.23
s:auditorium 4:0.13
s:august 7:-0.16 12:-0.13
s:average 7:0.11
s:away 0:0.1 8:0.11 9:0.14
s:back 0:-0.18 2:-0.14 4:-0.1 5:0.43 6:0.22 7:0.16 8:-0.2 9:-0.13 10:-0.21 12:-0.32 13:-0.11
s:bad 7:0.13 11:-0.15 12:-0.21
s:bag 0:0.14 5:-0.15 12:0.34
s:bags 11:-0.24
s:baked 5:0.1
s:bakery 5:0.18 12:0.15
s:band 1:-0.2 4:0.14
s:bang 7:0.11
s:bank 0:0.1 3:-0.12 6:-0.13 8:0.1 9:-0.16
s:bar 1:0.22 2:-0.14
s:barber 5:0.17
s:bare 12:-0.23 13:-0.13
s:bargain 4:0.17
s:basical 7:0.13
s:basket 5:-0.1
s:bath 10:-0.18
s:bathroom 2:0.11 3:0.18 5:-0.11 10:-0.12
s:battery 12:0.13
s:be 0:0.13 1:-0.21 4:0.11 5:-0.2 6:0.14 9:-0.24
s:beat 11:0.2
s:beautiful 5:0.14 12:-0.12
s:because 3:-0.16 7:-0.35 8:0.12 10:0.19 11:0.1 12:-0.31 13:-0.12
s:bed 0:-0.12 5:0.13 6:-0.11 11:0.13
s:bedroom 5:-0.15
s:beef 12:-0.15
s:been 2:-0.13 3:0.22 4:-0.26 7:-0.19 8:0.1 10:-0.21 13:-0.34
s:before 1:-0.15 2:-0.13 5:-0.19 6:0.15 7:0.35 9:0.2 10:0.29 13:0.39
s:beforehand 6:0.16
s:being 0:0.11 5:-0.23 6:-0.13 7:-0.33 8:-0.24
s:believe 0:0.11 7:0.19
s:bell 0:0.11
s:bench 0:0.25 7:-0.27
s:benefit 1:0.13
s:best 0:-0.13 1:-0.1 2:-0.22 3:-0.25 5:0.29 7:-0.15 11:0.27 12:0.59
s:better 2:0.12 5:0.18 9:0.18 12:0.23
s:between 0:0.28 1:-0.14 3:0.11 7:-0.18 11:-0.1
s:beyond 5:-0.12
s:bien 5:0.14
s:big 2:0.18 5:-0.11 8:-0.1 11:0.19
s:bike 0:0.1 7:0.12 9:0.12
s:bill 1:0.19 2:-0.24 4:0.37 6:0.47 8:-0.15 11:-0.12
s:bin 0:-0.15 1:-0.12 5:0.14 12:0.12 13:-0.19
s:bins 2:-0.1 3:0.18 5:0.37 10:-0.21 12:-0.21
s:bird 5:0.18 12:0.14
s:birthday 1:-0.11
s:bit 0:-0.11 4:0.18 6:-0.24 8:-0.14 9:0.29 12:0.1
s:bits 7:0.1
s:bitter 5:0.12
s:black 5:0.11
s:blind 0:-0.1
s:block 6:-0.11
s:bloke 0:-0.12 1:0.34
s:blood 2:0.26 4:0.12 5:-0.11 11:-0.15
s:blow 12:-0.12
s:blue 2:0.12
s:board 5:0.12 10:0.14 11:-0.11
s:bob 5:0.12
s:boil 12:-0.12
s:boiler 0:0.17 3:0.11 5:-0.18
s:bone 12:0.31
s:book 0:0.49 1:-0.19 4:0.11 7:0.23 8:0.2 9:0.26 12:0.11 13:0.17
s:boot 12:0.15
s:booth 3:0.12
s:bot 6:0.13 13:-0.17
s:both 0:-0.13
s:bother 8:-0.22 9:0.16 11:0.13
s:bottle 11:0.15
s:bought 5:0.39
s:box 4:-0.14 5:0.18 12:-0.16 13:0.11
s:boy 8:-0.22
s:brake 1:-0.13 2:0.25
s:branch 5:-0.27 7:0.25 8:0.12 9:-0.25 13:-0.18
s:brand 0:0.17 5:0.25 7:0.15 12:0.16
s:bread 5:0.14 12:-0.2
s:break 2:-0.11 5:-0.14
s:breakdown 0:0.11
s:breakfast 4:0.15 5:0.35 8:0.2 12:0.15
s:bridal 8:0.2
s:bride 13:0.11
s:brilliant 5:0.18 6:0.14 9:0.18
s:bring 12:-0.12
s:broad 13:0.15
s:broadband 5:0.23 7:-0.14 9:-0.15 11:-0.13 12:0.15
s:broken 0:0.26 10:0.2 12:-0.21
s:brought 5:-0.12 8:0.11 10:0.15
s:brow 5:0.13 8:-0.14
s:brown 7:-0.12
s:budget 11:0.28
s:build 5:-0.1 6:0.1 13:-0.12
s:builder 0:0.14 1:-0.14 3:0.11 6:0.12 7:-0.16 11:0.16
s:bulb 2:0.1
s:burger 5:0.16 10:-0.15 12:0.1
s:burnt 5:0.22 12:-0.15
s:bus 1:0.13 5:-0.24
s:busy 1:0.21 5:-0.11
s:but 0:0.14 1:0.37 2:0.21 3:0.19 4:0.27 5:0.32 6:0.11 7:-0.21 8:0.36 9:-0.12 10:-0.2 11:-0.36 12:0.25
s:butcher 5:0.14
s:button 8:-0.1
s:buy 6:-0.12 11:-0.16
s:buying 2:0.11 11:0.1
s:by 0:0.39 3:0.19 4:0.11 6:0.11 7:0.15 9:0.22 10:-0.14 12:-0.18
s:cabinet 5:0.11 12:0.12
s:cable 1:-0.14 5:0.11 12:-0.11
s:caf 1:-0.12 3:0.14 5:0.18 10:-0.19
s:cafe 5:-0.11
s:cake 5:0.37 12:0.12
s:call 0:0.19 2:-0.21 5:-0.23 6:0.3 7:-0.11 8:-0.18 13:-0.15
s:callback 7:0.12
s:calm 0:0.11 1:-0.16
s:came 0:0.12 3:0.19 4:-0.13 5:0.13 6:0.17 9:0.23
s:can 0:-0.11 9:0.13 11:0.33 13:0.27
s:cancell 1:-0.15 4:-0.12 5:-0.13 6:0.32 7:-0.2 13:-0.23
s:cann 6:0.1
s:cant 0:0.17 4:0.23 8:0.14 9:-0.16 11:0.41 12:0.18
s:canteen 0:-0.12
s:car 0:0.21 2:-0.18 3:0.27 5:-0.14 6:-0.11 7:-0.12 13:-0.21
s:card 1:0.16 5:-0.16 8:0.31
s:care 5:0.12 12:0.17
s:cared 8:-0.13 12:0.13
s:careful 5:0.15 8:0.1
s:carpet 3:0.14 5:0.1
s:carri 1:0.16 12:0.11
s:carrier 11:-0.19
s:carry 1:0.1
s:cashier 5:-0.16 8:-0.29 9:-0.13
s:cast 5:0.12
s:cat 8:0.12 12:0.14
s:ceil 10:0.14
s:centre 1:0.15 3:0.1 6:-0.13 7:-0.13 13:-0.14
s:chain 1:0.16 8:-0.14
s:chair 8:-0.18
s:chance 0:-0.13
s:chang 0:-0.2 3:0.27 4:-0.15 6:-0.24 9:-0.13 10:-0.18 13:-0.21
s:change 1:0.17 5:-0.17 8:0.15 10:0.12
s:chap 1:0.12 2:0.18
s:charg 0:-0.13 4:0.71 9:-0.14 11:-0.28 13:-0.16
s:charge 2:0.12 4:0.62 5:-0.27 6:0.3 7:0.16 11:-0.1 13:-0.29
s:chase 2:-0.11 6:0.11 13:0.11
s:chat 0:0.12 1:0.18 6:0.17 13:-0.32
s:chatbot 6:0.16 13:-0.13
s:chatt 1:0.16
s:chatty 12:-0.1
s:cheap 1:-0.19 2:-0.15 3:-0.14 4:0.66 5:0.29 6:-0.18 12:0.19
s:cheaper 2:0.12 4:0.13 9:0.18
s:cheapest 2:-0.12 4:0.23 7:0.13
s:check 1:0.23 2:0.26 3:0.16 5:-0.1 7:0.14 9:0.19 12:-0.13 13:0.18
s:checkout 0:0.33 2:-0.12 4:0.14 5:-0.23 6:0.24 7:-0.25 11:-0.17 12:-0.14 13:-0.17
s:cheerful 4:0.17 5:0.11 12:-0.11
s:cheese 3:0.11
s:chef 5:0.23 8:0.14 10:-0.14 11:-0.14 12:0.15
s:cheque 9:-0.1
s:chew 1:-0.2
s:chicken 8:0.12 12:-0.13
s:children 0:-0.13 1:0.1 3:0.12
s:chip 0:-0.1 1:-0.1 2:-0.12 3:-0.12 5:0.48 6:-0.1 11:0.16 12:-0.13
s:chipp 8:0.1 12:-0.16
s:chocolate 1:-0.12
s:choose 12:0.12
s:christma 1:-0.22 6:-0.14
s:chuck 5:0.1 12:-0.12
s:cinema 10:0.14
s:circle 13:-0.1
s:claim 4:0.11 9:0.14
s:class 2:0.12 9:0.13
s:clean 0:-0.17 1:-0.13 2:-0.15 3:0.91 5:-0.16 6:-0.3 9:0.14 10:0.29 11:-0.3 12:-0.18
s:cleaner 3:0.39 5:0.24 6:-0.13 7:-0.11 10:0.23
s:cleanest 3:0.11
s:cleanliness 1:-0.12 3:0.14 6:-0.15
s:clear 1:0.24 2:0.2 4:-0.12 5:-0.19 6:0.35 12:-0.21 13:0.5
s:client 0:-0.12 2:0.14 9:0.12 11:-0.13
s:clinic 0:0.13
s:clipping 3:0.1 10:-0.19 12:0.19
s:clos 0:-0.19 2:-0.1 5:-0.2 6:0.14 13:-0.11
s:close 12:-0.14
s:cloth 10:-0.12
s:cloud 12:0.1
s:club 5:0.16 12:-0.12
s:clue 1:-0.1 2:0.26 6:-0.12 9:-0.21
s:clueless 2:0.19 9:-0.14
s:clutch 3:0.11
s:coach 2:0.1 5:0.12 12:-0.11
s:coat 0:-0.11 5:0.17
s:cocktail 4:0.12 11:0.2
s:code 5:-0.14 13:-0.18
s:coffee 2:-0.16 5:0.23 6:-0.13 10:-0.16
s:cold 1:0.19 2:-0.14 3:-0.11 5:0.52 7:-0.24 11:-0.12 12:-0.21
s:collar 12:-0.2
s:colleague 2:0.14 6:-0.12 9:-0.1
s:collect 1:-0.11 12:-0.12
s:collection 3:0.11 6:0.14 7:-0.1 12:0.13 13:-0.11
s:colour 1:0.13 9:0.11
s:come 0:0.19 4:-0.14 5:0.17 11:0.13 12:0.11
s:coming 5:0.16 7:-0.11 10:-0.11 11:0.11
s:comment 0:-0.12 1:0.1 3:0.18 6:-0.13 8:0.1 10:0.24 12:0.12
s:committee 12:-0.1
s:communication 6:0.12 13:-0.23
s:company 2:-0.11 3:-0.15 5:0.21 6:0.25 12:-0.29
s:compar 6:-0.1 7:0.13
s:complain 0:0.23 3:0.2 11:0.46
s:complaint 0:0.17 6:0.19 10:0.17 12:0.32
s:complete 12:0.11
s:compliment 12:0.12
s:complimentary 3:0.13 4:-0.19
s:computer 5:0.1 12:-0.11
s:concern 1:-0.12
s:confirmation 6:0.2
s:confus 6:0.19 13:-0.41
s:consensu 12:-0.11
s:consistent 5:0.12 12:-0.12
s:constant 5:0.16 12:-0.25
s:contract 0:-0.1 5:-0.13
s:conversation 8:-0.12
s:cook 0:-0.1 2:0.14 5:0.29 6:-0.17 9:0.15 12:0.23
s:coordinator 5:0.22
s:corner 2:-0.17 3:0.1 12:-0.1
s:correct 9:0.1
s:corridor 12:0.1
s:cost 0:-0.15 1:-0.14 4:0.4 11:-0.24
s:could 0:0.12 1:-0.17 2:0.47 3:0.1 4:-0.21 5:-0.18 10:-0.12 11:-0.21
s:couldnt 2:0.11 5:-0.15 6:-0.14 7:0.1 9:-0.2 10:0.11 11:0.1 13:0.14
s:couldve 3:0.1 10:0.2
s:council 0:0.19 1:-0.18 2:-0.1 4:-0.1 6:0.12 7:-0.15 12:0.23
s:counter 0:0.18 1:0.3 5:-0.14 6:-0.25 10:0.16
s:courier 0:0.15 2:-0.16 5:0.2 7:0.25 8:-0.14 12:-0.14
s:cours 5:0.11 11:0.16 12:0.14
s:course 2:0.11 5:0.13 7:-0.16
s:cover 2:0.18 5:-0.16 9:-0.22 12:0.17
s:cowboy 2:-0.11 4:0.15 6:0.1 11:-0.11
s:crack 5:0.24
s:craft 12:-0.21
s:crash 6:-0.19 12:-0.16
s:cream 5:0.14
s:credit 1:-0.11 5:0.14 6:0.1 13:0.1
s:crept 11:-0.1
s:crew 0:0.16 3:0.11 7:0.12 10:0.14
s:crisp 5:-0.24 11:0.22
s:croissant 5:0.3
s:crown 5:0.14
s:crumb 5:-0.16
s:curry 5:0.18 7:-0.12 8:-0.12
s:curt 8:-0.14
s:customer 0:-0.13 2:-0.17 5:-0.24 6:0.33 7:-0.14 8:-0.25 12:-0.39
s:cut 2:0.15 3:0.16 10:-0.15 11:0.11 12:0.12
s:dad 5:-0.12
s:daily 13:0.12
s:damage 6:0.11 12:0.11
s:damp 5:-0.14
s:dark 0:0.17
s:das 5:0.1
s:date 2:0.15 6:0.21
s:daughter 0:-0.13 5:0.23 13:0.14
s:day 0:0.19 2:-0.36 5:0.29 6:0.35 7:-0.13 8:0.1 12:-0.19
s:daylight 0:-0.13
s:days 0:0.51 2:-0.34 4:-0.14 6:0.1 7:0.14 11:-0.16 12:-0.18
s:dead 5:-0.12 11:0.12
s:deadlift 2:0.1
s:deal 11:0.21
s:dealer 5:-0.11 9:0.13 11:0.14
s:dealt 0:0.18 10:0.12
s:dear 4:0.14 11:-0.23
s:debit 4:0.1
s:decent 11:0.18 12:0.12
s:deep 5:0.12 10:-0.16
s:delay 1:-0.16 6:0.23 7:0.1 13:0.15
s:deliver 1:0.16 2:-0.1 5:0.19 6:0.22
s:delivery 0:0.32 2:-0.15 3:-0.12 5:0.18 6:0.39 7:-0.29 8:-0.1 11:-0.19 13:-0.27
s:dent 5:0.13
s:dental 0:0.16
s:dentist 1:-0.15
s:depend 2:0.24 6:-0.19
s:deposit 4:-0.12 6:0.16 12:0.16
s:depot 7:-0.13
s:describ 1:0.21 2:0.22 4:0.12 5:0.14 6:0.14 10:0.22 12:0.23
s:desk 1:0.27 3:0.15 6:-0.25 9:-0.17
s:despite 0:0.13
s:diagnos 2:0.11 9:0.21
s:diagnostic 5:-0.14
s:did 0:0.11 6:0.15 8:0.15 11:0.12 12:0.13 13:-0.11
s:didnt 1:0.2 2:0.27 7:0.34 9:-0.2 10:0.15 11:0.36
s:died 1:0.12
s:difference 1:-0.12 4:0.11
s:different 1:-0.17 2:0.38 9:-0.32
s:dinner 0:0.1 6:0.13
s:dirty 8:-0.12 10:-0.15
s:discount 4:0.27 11:0.15
s:discuss 5:0.15
s:discust 3:0.12 10:-0.11
s:dish 2:0.14 9:-0.12
s:dismissive 8:-0.11
s:do 3:0.15 5:0.13 8:0.15 9:0.15
s:doc 8:-0.12
s:doctor 0:-0.11 5:-0.12 6:0.35 9:0.21 11:-0.13 13:-0.13
s:does 5:-0.17
s:doesnt 13:-0.31
s:dog 1:0.13 3:0.15 8:0.14 12:0.1
s:dogs 5:0.19
s:doing 1:-0.11 5:0.2 7:-0.12 8:-0.13 9:0.17
s:dominat 0:0.15
s:done 5:0.14 7:0.17 12:0.16
s:dont 3:-0.1 4:0.22 5:-0.19 7:0.13 11:0.24 12:0.14
s:door 2:-0.21 6:0.14 12:-0.11
s:doubl 4:0.12
s:double 5:0.14 9:0.11
s:down 2:-0.22 3:0.18 6:-0.13 7:0.11 10:0.15 12:-0.23 13:0.24
s:downhill 1:0.12
s:downright 7:-0.11
s:dr 2:0.14 9:0.19
s:dragon 8:-0.22
s:draw 13:0.12
s:dread 5:-0.12
s:drew 2:0.1
s:drill 0:-0.11
s:drink 8:-0.16 11:0.16 12:0.18
s:drip 5:0.1
s:driv 5:-0.13
s:drive 3:0.21 12:0.24
s:driver 0:0.27 1:0.45 5:0.1 6:0.12 12:-0.11 13:0.12
s:drop 1:-0.13 4:-0.23 5:0.24 9:-0.11
s:dropp 1:-0.13 5:0.13 7:0.36 10:0.22 12:-0.16 13:0.15
s:drove 5:0.13
s:dry 3:-0.15 4:-0.11 5:0.26
s:dryer 10:0.19
s:dublin 11:-0.29
s:due 6:0.17 12:0.11 13:-0.11
s:dunno 11:0.11
s:dust 3:0.26 10:0.23
s:e 0:0.23 7:-0.27
s:each 1:0.15 2:-0.19 6:0.5
s:ear 5:0.11
s:early 2:0.12 11:-0.11 12:0.12
s:earth 11:-0.12
s:easy 0:0.17 6:0.13 7:0.19
s:eat 5:0.12 8:0.12
s:eaten 3:0.11
s:eggs 8:0.16
s:eight 0:0.29 2:0.13 4:0.12 5:-0.11
s:either 1:-0.17 13:-0.1
s:elder 1:0.22
s:electric 12:-0.11
s:electrician 0:0.11 5:-0.16 7:-0.11 9:0.12 10:0.15
s:eleven 0:0.17 1:-0.13 7:-0.11
s:els 2:0.22 3:0.21 9:-0.13 10:-0.14 12:-0.1
s:else 4:0.11 8:-0.12 11:0.26
s:elsewhere 1:0.1
s:email 0:-0.39 1:-0.15 2:-0.28 4:-0.15 6:1.21 12:-0.14 13:-0.27
s:emergency 7:-0.21
s:empty 12:-0.12
s:encourag 5:0.11
s:end 6:-0.11 7:-0.15 9:-0.1 11:0.2
s:ended 7:-0.16 9:-0.1
s:ends 12:0.26
s:energy 0:0.1 5:-0.14 7:0.11
s:engineer 1:-0.11 2:0.25 6:0.14 9:0.1
s:english 0:-0.16 2:-0.1 6:0.14 9:0.11 13:0.24
s:enough 1:0.14 2:0.13 5:0.12 8:0.16
s:entire 0:0.11 11:0.19
s:entitl 4:0.1
s:entry 5:0.11
s:equipment 0:0.13 4:0.11 10:0.11
s:especial 0:-0.11
s:estate 5:-0.1 6:0.12
s:even 0:-0.13 1:0.58 3:0.16 6:-0.18 7:0.24 8:0.17 9:0.12 10:0.2
s:eventual 0:-0.16 5:0.16 8:-0.11
s:ever 0:0.21 1:-0.11 2:-0.12 5:-0.15 6:0.32 10:-0.26 11:0.31 13:-0.21
s:every 3:0.22 6:0.15 8:0.13 9:0.14 10:0.26 11:-0.15 13:0.42
s:everyone 5:-0.15 8:0.21
s:everyth 1:0.1 3:0.13 5:0.26 6:0.25 7:0.14 10:0.21 12:0.27 13:0.3
s:everywhere 3:0.25 10:-0.19
s:evryth 6:0.12
s:exact 0:0.25 1:-0.1 2:0.18 7:0.2 8:-0.11 9:0.47 11:0.27 12:0.26 13:0.45
s:excellent 2:0.13 5:0.12 9:0.14 12:0.1
s:expect 2:-0.19 4:0.16 5:0.12 7:0.14 8:0.12 10:0.11 13:0.13
s:expensive 4:0.1
s:experience 6:-0.13
s:expert 2:0.16 9:-0.24
s:explain 1:0.28 4:-0.21 6:0.96 8:0.17 12:0.15 13:0.4
s:explan 6:0.16 13:0.11
s:explanation 6:0.13
s:express 0:0.32 5:-0.2 7:-0.24
s:extra 0:0.17 2:-0.15 4:0.13 5:0.14 7:-0.22 12:0.11
s:eye 0:-0.1 4:0.11
s:eyes 6:-0.1 8:-0.12
s:fab 1:0.23 8:0.22
s:face 12:0.11
s:facial 5:0.1
s:fade 5:0.1 12:0.26
s:fail 5:-0.1 13:0.25
s:fair 0:0.14 1:0.22 4:0.25 5:0.25 7:-0.1 8:0.11 11:0.46 12:0.11 13:0.18
s:fami 11:0.12
s:familie 0:-0.12 10:0.13
s:fan 10:0.14
s:fantastic 7:-0.21 11:-0.26 12:-0.13
s:far 8:-0.1
s:fare 2:0.16 5:-0.12 9:0.12
s:fast 0:0.23 7:0.36 11:-0.15 12:-0.11
s:fault 1:-0.13 2:0.16 7:0.21 9:0.26 10:0.16 13:0.11
s:faultless 6:0.11
s:faulty 9:0.12
s:favourite 8:-0.15
s:fed 11:-0.17
s:fee 4:0.55 5:-0.17 6:0.31 11:-0.54 13:-0.14
s:feed 2:0.12
s:feel 0:-0.17 1:0.22 6:-0.14
s:fees 0:0.1 4:0.41 5:-0.12 11:-0.25
s:feet 8:0.12
s:fell 5:0.17 12:-0.2
s:felt 4:0.22 5:-0.12 8:-0.11 11:-0.18
s:few 5:0.1
s:fewer 6:0.1
s:fibre 9:-0.14 12:-0.15
s:fifty 7:-0.11
s:fill 8:0.1
s:film 5:0.13 12:0.16
s:filthy 0:-0.15 3:0.23 10:-0.29
s:final 0:0.17 7:-0.19 9:0.36 10:0.43 12:0.13
s:find 1:-0.15 6:0.17 10:-0.1 11:-0.16 12:-0.16 13:-0.43
s:fine 0:-0.11 1:-0.3 2:0.14 3:-0.16 4:0.16 5:-0.34 6:-0.25 8:-0.15 11:0.14
s:finish 0:0.11 6:-0.2 7:0.12 8:-0.19 11:0.13
s:firm 2:-0.11
s:first 2:0.23 5:-0.14 7:0.12 8:0.16 9:0.27 12:0.12 13:0.25
s:fish 3:-0.13 5:0.2 12:0.16
s:fit 7:-0.22
s:fitt 0:0.15 3:0.12 7:0.25 10:0.29 11:-0.11 12:-0.12
s:fitter 1:0.15
s:five 0:0.38 5:0.14 6:0.11 7:-0.27 8:-0.12 12:0.13 13:-0.13
s:fiver 11:0.38 12:0.15
s:fix 0:0.14 1:-0.15 3:-0.11 5:0.14 6:-0.13
s:fixed 0:0.18 4:0.15 11:0.15 12:0.12
s:flat 5:0.19 7:0.15 11:0.17
s:flea 11:-0.14
s:flight 4:0.11
s:floor 3:0.56 4:-0.17 5:-0.26 10:-0.5 11:0.15 12:0.14
s:florist 5:0.15 6:0.1
s:fly 0:0.15 11:-0.29
s:focu 4:0.1
s:follow 0:0.21 6:0.18 7:-0.27
s:food 2:-0.17 5:0.72 6:-0.19 10:-0.18 11:-0.19 12:0.3 13:0.12
s:for 3:-0.15 4:0.31 7:-0.59 8:0.1 12:-0.38 13:-0.18
s:forgive 8:0.14
s:forgot 5:0.22 12:-0.17
s:form 2:0.34 5:-0.19 13:0.11
s:fortnight 0:0.11 5:0.25 12:-0.44
s:forty 0:0.14 2:0.13 7:-0.22 9:0.13 13:-0.17
s:found 0:-0.13 1:0.16 2:0.24 3:0.23 7:-0.11 8:-0.21 12:0.12 13:-0.18
s:four 0:0.23 1:0.19 5:0.17 6:0.22 7:-0.27
s:fourteen 0:0.15 6:0.15
s:foyer 10:0.17
s:fr 5:0.1 12:0.14
s:fraud 0:0.2
s:free 0:0.31 4:-0.28 5:-0.18 8:0.13 11:0.21 13:-0.13
s:fresh 0:-0.13 3:0.21 10:0.3
s:friday 0:0.17 5:0.11
s:friend 0:0.13 1:0.56 2:0.21 3:0.18 5:-0.1 8:0.23 11:0.1
s:friendliest 1:0.13 8:-0.17
s:from 0:-0.11 1:-0.1 3:0.11 4:-0.12 5:-0.16 6:0.11 7:0.24 11:-0.18 13:-0.25
s:front 3:0.19 5:0.18 9:-0.12 10:-0.19 12:-0.13
s:frozen 5:0.16 12:-0.14
s:frustration 1:0.15 2:-0.12 4:0.16
s:full 0:-0.21 1:-0.16 2:-0.11 4:0.16 5:0.22 6:0.15 9:-0.14 11:0.19
s:fully 1:0.1
s:fuming 7:-0.12
s:fuse 1:0.14 5:0.1
s:fuss 0:0.13 6:0.14 7:0.15 8:0.13 12:-0.13 13:0.18
s:g 5:0.11
s:garage 1:-0.15 2:0.2 6:0.17 9:0.3
s:garden 1:-0.1 3:0.19
s:gardener 1:-0.11 4:0.11 12:0.23
s:gate 1:0.11 8:-0.17
s:gave 0:0.11 2:0.25 4:-0.12 9:-0.34 13:0.16
s:gem 1:0.18 8:0.16 11:0.13
s:general 1:-0.15 4:-0.13 5:-0.11
s:gentle 6:0.1
s:genuine 1:-0.18 2:-0.13 3:0.11 5:0.24 11:0.1 12:0.16
s:get 0:0.2 3:-0.16 6:-0.21 7:-0.3 10:0.11 13:-0.14
s:gets 11:-0.17
s:gett 0:0.31 6:0.15 9:0.16 13:-0.14
s:girl 1:0.15 12:-0.11
s:give 5:0.16 6:0.13 8:0.11 11:-0.13
s:given 2:0.13 5:0.16
s:giving 2:0.1 8:0.13
s:glad 12:0.12
s:glass 4:-0.11
s:glaucoma 2:0.13 9:0.1
s:gleam 3:0.13 10:0.19
s:gluten 2:0.13 5:-0.1
s:go 1:-0.14 2:0.2 7:-0.12 8:0.12 12:-0.24 13:-0.12
s:godsend 0:0.1 7:0.11
s:goes 0:0.11 7:-0.16
s:going 1:-0.14 2:-0.15 3:0.19 5:0.1 12:0.13
s:gone 0:0.15 1:0.13 2:0.11 5:0.12 6:-0.18 8:-0.11 10:0.17 12:0.22
s:good 0:-0.16 2:-0.19 5:0.3 8:0.19 9:0.11 12:0.26
s:googl 9:-0.15
s:gorgeou 5:0.32 12:0.34
s:got 0:-0.12 3:-0.12 4:0.13 6:0.17 12:-0.25
s:gp 0:0.14 2:0.14 5:-0.2
s:gps 2:0.11
s:gr 5:0.19 12:0.14
s:grate 12:0.13
s:greasy 3:0.11
s:great 2:-0.17 4:-0.11 6:-0.13 7:-0.13 10:-0.16 12:0.16
s:grey 5:0.18 12:-0.13
s:grim 3:0.28 5:-0.17 10:-0.21
s:gripe 3:0.13 7:0.12
s:grist 12:-0.11
s:groomer 12:-0.11
s:group 2:-0.1 3:-0.11 4:0.16 7:0.11 9:-0.11 10:0.23
s:grout 5:0.15
s:grubby 10:-0.16
s:grumpy 1:0.1 8:-0.11
s:grunt 8:-0.19
s:guard 2:0.12 5:-0.12 9:0.11
s:guess 1:-0.11 5:-0.13
s:guest 1:-0.14 3:0.2 10:-0.24 13:-0.21
s:guide 5:0.22 12:0.17
s:gum 1:-0.19
s:gums 0:-0.12 5:0.13 12:-0.11
s:guy 2:0.32 6:-0.21 7:0.13
s:gym 0:0.12 3:0.1 4:-0.11 7:-0.1
s:gyms 5:-0.11 9:-0.1
s:had 2:0.16 7:0.35 9:-0.14 11:-0.19
s:hadnt 2:0.12 6:0.12 13:-0.17
s:hair 0:-0.11 3:0.29 10:-0.23
s:haircut 5:0.23
s:hairdresser 0:-0.12 1:0.11
s:half 2:0.19 4:0.1 7:0.17 9:-0.19 11:0.1 12:-0.33 13:-0.16
s:halfway 0:0.1
s:hall 0:-0.11 3:0.13
s:halv 12:0.12 13:0.1
s:hand 3:0.16 9:0.12
s:handl 6:0.18
s:handprint 3:0.11 5:-0.11
s:handset 2:0.15 9:0.11
s:handwritten 1:0.18
s:handy 13:0.1
s:happen 0:0.15 2:-0.27 6:0.34 13:0.3
s:happi 11:0.1
s:happy 4:0.16 11:0.32
s:hard 12:0.12
s:has 2:-0.11 5:0.29 6:0.15 7:0.24 9:0.2 11:-0.15 12:0.23 13:-0.16
s:hasnt 2:0.1 5:0.17 6:-0.17 12:0.14
s:hassle 7:0.21
s:hate 1:0.15
s:have 2:-0.11 3:0.26 8:-0.18 11:-0.33 12:-0.18 13:0.27
s:havent 5:0.14
s:having 4:0.12 8:-0.16 11:-0.12
s:he 1:0.14 4:0.11 5:0.14 8:0.35 9:0.11 10:0.21 11:-0.15 13:0.13
s:head 1:-0.19 6:-0.11 12:-0.18
s:headach 9:-0.14
s:headache 5:0.12
s:headphone 12:0.13
s:headset 2:-0.11 6:0.19 13:0.3
s:hear 6:0.21 13:0.25
s:heard 6:0.21 13:-0.14
s:hed 1:0.18 2:-0.1 6:0.13 7:0.16 8:0.18
s:hedge 5:0.11 12:0.24
s:held 1:0.15 8:0.14
s:hello 1:0.19 8:-0.16 12:0.14
s:help 1:0.17 2:0.14 5:-0.21 8:0.15
s:helpful 1:0.21 6:-0.11 8:0.17 13:-0.1
s:helpline 1:0.12 2:0.13 7:-0.11 8:0.14
s:her 0:-0.17 1:0.48 2:0.25 6:-0.26 7:-0.16 8:-0.13 9:0.1 12:-0.12
s:here 2:-0.12 3:-0.11 5:-0.12 6:-0.22 7:0.25 10:0.11 11:0.15
s:hes 0:-0.14 1:0.11 2:0.26 5:0.13 9:0.15 11:0.2
s:high 4:0.3 11:-0.18
s:higher 10:-0.15 11:-0.18
s:him 1:0.18
s:himself 3:0.12 5:0.1 7:0.1 12:0.24
s:hinge 12:-0.11
s:hip 11:-0.14
s:his 0:-0.23 1:0.46 2:0.23 8:-0.43 9:0.23 11:-0.28
s:hold 0:0.77 1:-0.25 3:-0.11 5:-0.17 6:-0.21 7:-0.13
s:holder 3:0.1
s:hole 8:-0.1
s:holiday 0:0.12
s:home 0:-0.16 1:-0.36 5:0.21 6:0.28 9:-0.1 12:0.13
s:honest 0:-0.25 3:-0.13 4:0.19 8:0.13 9:0.28 10:0.18 11:0.13 12:0.12 13:0.23
s:honk 3:0.11 10:-0.19
s:hook 12:-0.11
s:hoover 3:0.29 10:0.24
s:hora 0:0.13
s:hospital 0:-0.13 1:-0.16 11:-0.22
s:hot 7:0.16
s:hotel 2:-0.12 3:0.11
s:hour 0:0.61 1:-0.12 2:-0.23 4:0.33 5:-0.39 7:-0.42 10:0.28 11:-0.17 12:0.17
s:house 1:0.11 4:0.11 5:-0.12
s:housekeep 3:0.11
s:how 1:0.12 4:-0.34 8:0.24 10:0.15 11:0.21 12:-0.16 13:0.1
s:however 1:0.15 3:0.13 5:0.21 7:0.11
s:hrs 0:0.44 7:-0.28
s:human 6:0.11
s:hurry 1:0.13
s:hurt 5:0.13
s:husband 0:-0.12 1:0.17 2:-0.1 8:-0.21 12:-0.12 13:0.13
s:hygiene 3:0.16 10:-0.2
s:i 1:-0.13 5:-0.24 10:-0.11 11:0.17
s:ibuprofen 9:0.11
s:id 0:0.2 2:0.1 7:0.13 9:0.18 10:-0.17 11:0.32
s:idea 2:-0.15 6:0.11 9:-0.13 13:-0.18
s:idiot 8:-0.11
s:if 0:-0.41 1:0.14 2:0.12 3:-0.15 6:-0.21 8:-0.25 10:-0.37 13:0.18
s:ignor 0:0.11 7:-0.1 12:0.11
s:ill 0:0.12 4:0.14 5:-0.17 6:-0.11 8:0.16 11:-0.12
s:im 1:-0.1 4:0.15 7:-0.14 10:-0.14 12:-0.16 13:-0.16
s:immaculate 3:0.36 10:0.51 12:0.16
s:immediate 11:-0.14
s:impossible 10:0.11
s:impress 0:0.29 1:-0.11 7:0.28
s:in 0:0.3 1:-0.2 5:0.15 7:0.57 9:0.12 12:0.3 13:0.11
s:includ 6:0.14
s:infection 2:0.15
s:info 1:0.1 6:-0.13
s:inform 6:0.15
s:information 2:0.23 6:-0.16
s:injury 11:-0.11
s:inside 2:0.16 5:0.17 7:0.12 8:-0.12 11:0.18
s:inspection 0:-0.1 5:0.13 12:0.18
s:installation 6:0.11
s:instead 7:0.17 9:0.13 13:0.17
s:instruction 6:0.17
s:instructor 1:0.27 2:0.17 6:-0.11 7:0.13
s:insurance 9:-0.13
s:interior 0:0.1 3:0.13 11:0.17
s:interrupt 8:-0.15
s:into 1:0.13 5:-0.14 6:-0.11
s:invite 6:0.16 13:0.14
s:invoice 4:0.17 6:0.12
s:iron 12:-0.17
s:is 1:0.15 2:-0.26 4:0.26 5:0.23 6:-0.14 10:0.14 11:-0.17 12:0.36
s:isa 2:0.21 9:-0.22
s:isnt 5:0.22 11:-0.19
s:it 2:0.2 3:0.15 5:0.14 6:-0.16 7:0.19 8:0.57 9:-0.13 11:0.1 12:-0.27
s:itd 7:0.17
s:its 1:0.12 2:-0.22 6:0.2 7:-0.36 8:-0.23 11:0.26
s:itself 0:0.21 3:0.14 4:0.12 5:0.29 8:-0.11 12:0.32
s:ive 2:-0.11 5:-0.16 6:0.11 10:-0.24 11:0.17
s:jacket 5:0.14
s:jacuzzi 12:-0.14
s:jam 5:0.11
s:january 2:0.1
s:jargon 5:-0.13 6:0.18
s:jean 5:0.12
s:job 1:-0.17 2:-0.19 5:0.13 6:0.15 10:0.11 11:-0.2 13:-0.12
s:join 4:0.1 5:0.12
s:joke 11:-0.12
s:jumper 1:-0.19
s:june 13:-0.14
s:just 0:-0.12 3:-0.25 8:-0.28 12:-0.33 13:0.13
s:kebab 5:0.18
s:keep 0:-0.13 7:-0.12 8:0.22 12:-0.21 13:-0.16
s:kept 0:0.31 1:0.24 2:-0.16 5:0.16 6:0.41 9:-0.13 13:-0.2
s:kettle 5:0.2 6:0.14 12:-0.17 13:0.2
s:kidney 8:0.14
s:kids 1:-0.11 4:0.2 5:0.15 10:0.11 11:0.19 12:0.16
s:kind 1:0.33 5:-0.14 8:0.24 13:0.13
s:kit 7:0.11 12:-0.11
s:kitchen 4:-0.15 10:0.13
s:knee 5:0.1 11:-0.16
s:knew 0:0.11 1:-0.19 2:0.67 4:-0.11 6:-0.19 9:0.45 11:0.15 12:0.31
s:knock 0:0.17 4:0.14 11:0.19
s:know 0:-0.31 2:0.29 4:0.22 5:-0.16 6:0.17 12:0.13 13:0.29
s:knowledgable 2:0.11 5:0.11
s:knowledge 5:-0.11
s:knowledgeable 2:0.3 9:0.15 13:-0.13
s:la 1:0.16 5:0.13 7:-0.1 12:0.14
s:label 1:0.12 8:0.12
s:lad 0:-0.12 1:0.2 2:0.35 7:0.11 9:-0.21 12:-0.1
s:lads 0:0.12 1:0.22 8:0.12
s:lady 1:0.32 2:0.12 5:-0.39 6:-0.15 7:0.12 8:0.11 13:0.17
s:lamb 5:0.16
s:language 13:-0.1
s:laptop 7:0.2 9:-0.13
s:lasagne 5:0.1
s:last 0:-0.17 5:-0.14 6:-0.17 8:0.19 9:0.12 10:-0.16 12:-0.25 13:-0.16
s:late 1:-0.19 2:-0.11 6:0.49 7:-0.34 11:0.13 12:-0.12 13:-0.16
s:later 0:-0.21 1:-0.12 2:0.3 7:-0.12 9:-0.27
s:latte 5:0.12
s:laugh 4:0.15 6:-0.17 11:-0.14
s:launderette 8:0.11
s:laundrette 5:-0.12 10:0.14
s:layout 0:-0.16
s:leak 0:0.11 3:0.1 5:0.2 12:0.23
s:lean 8:-0.15
s:leather 5:0.1 12:-0.14
s:leav 1:-0.21 3:0.17 10:-0.12
s:leave 10:-0.15
s:lecture 1:0.11
s:lecturer 5:0.14
s:left 1:-0.12 2:-0.23 3:0.42 5:0.22 9:0.13 12:0.12
s:legend 1:0.16 7:0.11 8:0.29
s:legroom 5:0.11
s:leisure 5:-0.1
s:lens 5:-0.15
s:less 1:0.2 4:0.17 6:0.1 8:-0.2
s:let 6:0.13 12:0.15
s:lett 6:0.12 13:-0.13
s:letter 0:-0.11 2:-0.34 4:-0.14 5:-0.34 6:0.92 13:-0.73
s:library 3:0.13 5:-0.17 6:-0.13 8:0.16 10:0.11 12:-0.12
s:life 5:0.15 12:0.13
s:lifeguard 1:0.11 8:-0.16
s:like 0:-0.18 1:0.35 2:-0.29 5:0.48 6:-0.17 7:0.39 8:-0.25 10:-0.11 11:0.19
s:liked 13:0.12
s:line 0:0.1 1:-0.12 4:-0.15 5:0.23 12:0.12
s:link 0:-0.14 6:0.26 13:-0.15
s:list 0:0.11 1:-0.14 2:0.11 11:0.15
s:listen 1:-0.15 5:0.11 6:0.42 9:0.14 11:0.12
s:lit 5:-0.1
s:little 0:-0.13 2:0.13 4:0.29 9:0.18
s:load 0:-0.12 5:0.17
s:loan 7:-0.15
s:local 5:0.12 7:0.11 12:0.18
s:locker 3:-0.12 5:0.16 12:-0.2
s:locksmith 4:0.14 5:-0.13 6:0.11
s:locum 2:0.23 9:-0.13
s:logo 11:-0.11
s:lol 7:-0.18
s:long 0:0.39 7:-0.14 8:0.16 9:0.15 12:0.13 13:-0.12
s:longer 13:0.16
s:loo 3:0.12
s:look 0:-0.3 2:-0.26 3:0.12 5:0.43 6:-0.23 7:0.15 8:-0.2 9:0.28 12:0.37
s:loop 0:0.11
s:loos 3:0.21 5:-0.11 10:-0.11
s:lost 5:0.15 8:-0.11 12:-0.18
s:lot 1:0.15 4:0.12 5:-0.11 6:0.21 7:0.14 8:0.16 9:0.26 12:0.14
s:lots 11:0.15
s:love 0:0.17 1:0.42 3:0.28 8:0.55 11:-0.13 12:0.22
s:loved 1:-0.15 3:-0.18 9:0.16
s:loving 11:-0.22
s:loyalty 4:0.14
s:lunch 0:0.24 5:-0.25 6:-0.12 11:0.18
s:lunchtime 5:0.18 13:0.14
s:lush 12:0.1
s:machine 6:-0.16 12:-0.37
s:made 0:-0.18 1:0.14 3:-0.12 8:0.27 12:0.33
s:magnifique 5:0.15 11:-0.13 12:0.18
s:main 0:0.11 4:0.2 11:0.15 12:0.23
s:mais 11:-0.13 12:0.12
s:make 0:-0.14 5:-0.17 6:0.12 10:0.13 13:0.13
s:malaga 5:0.11
s:man 1:0.18 5:0.11 13:0.11
s:manag 11:0.16
s:management 1:-0.13 6:-0.19 7:0.12
s:manager 0:-0.31 1:0.23 2:-0.25 5:-0.19 6:0.22 8:-0.11 13:0.26
s:manchester 11:-0.27
s:manner 1:0.13
s:map 6:0.14 13:0.12
s:march 0:0.15 6:0.21 7:-0.3 13:-0.25
s:marcu 11:-0.11
s:mark 2:0.11 4:-0.11
s:massive 5:0.29 11:0.17 12:0.1
s:mate 8:-0.11
s:mats 3:0.12
s:matter 1:0.11
s:me 0:-0.16 1:0.6 2:0.16 3:-0.31 4:-0.22 5:-0.2 6:0.29 10:0.12 11:0.13 13:0.31
s:meal 0:-0.1 8:0.12 12:0.22
s:mean 2:-0.11 4:-0.13 5:-0.17 6:0.18 13:0.13
s:meant 4:-0.1 9:-0.12
s:mechanic 0:-0.15 2:0.36 5:-0.19 11:0.1
s:medication 2:0.14
s:member 2:0.15 5:0.1 8:0.18 13:-0.13
s:membership 6:0.15
s:men 5:0.54 8:0.1
s:mention 3:0.11 4:0.18 5:0.23 6:0.21 11:-0.11 13:-0.29
s:menu 0:-0.18 2:-0.12 5:0.12 6:0.26 13:-0.33
s:merchant 11:0.12
s:merci 5:0.11 12:0.14
s:mess 0:-0.13
s:met 8:0.13
s:middle 5:0.19 12:-0.11
s:might 1:-0.11
s:min 0:0.19 7:0.11
s:mind 2:0.1 3:-0.14 4:0.19 5:0.1 8:0.26 11:-0.12 12:0.25
s:ming 10:-0.14
s:mins 0:0.73 1:0.1 2:-0.12 5:-0.19 13:-0.1
s:minute 0:0.64 3:-0.17 5:-0.18 6:0.15 7:0.14 8:-0.23 11:-0.12 13:0.13
s:miracle 5:-0.15
s:miserable 8:-0.11
s:miss 0:-0.12 1:-0.13 2:0.32 3:-0.15 5:0.46 6:-0.12 9:0.26
s:moan 5:0.18
s:mobile 5:-0.12 8:-0.12
s:model 2:0.16
s:moderator 0:-0.17 1:-0.13 5:-0.3 6:-0.11 9:-0.16
s:monday 0:0.32 1:-0.1 12:0.13 13:0.12
s:money 0:0.21 4:0.18 7:-0.13
s:month 1:-0.22 3:0.1 4:-0.11 5:0.23 6:0.39 7:-0.17 13:-0.18
s:mopp 12:0.11
s:more 4:0.14 7:0.19 9:0.27 11:-0.21
s:morn 0:0.2 1:0.12 5:-0.18 7:0.25 13:0.15
s:morning 5:0.14
s:mortgage 0:-0.13 11:-0.11
s:most 0:0.22 1:-0.17 5:0.13 7:0.11 8:0.15 9:0.16 11:-0.22
s:mot 5:-0.29 11:0.2
s:mother 1:0.19
s:mould 12:0.11
s:mouth 8:-0.22
s:moved 5:-0.11 9:0.13 12:0.11
s:much 4:-0.2 5:-0.17 6:0.23 8:0.15 10:0.15 12:0.12 13:0.16
s:muck 3:-0.15
s:mud 5:0.17
s:mums 1:0.12
s:music 0:0.2 7:-0.12
s:musty 3:0.18 10:0.19
s:muy 1:0.14 6:0.12 8:0.11
s:my 0:-0.15 1:0.12 2:0.14 3:-0.3 5:0.16 7:0.29 8:0.23 9:0.32 11:0.14 12:-0.17 13:-0.1
s:mystery 10:-0.11
s:n 0:0.14 1:0.15 4:0.1 5:0.38 6:0.12
s:naan 5:0.13 12:-0.12
s:nail 0:-0.12 5:0.15 12:0.31
s:name 1:0.2 2:-0.22 3:-0.11 5:-0.17 8:0.16 13:0.26
s:near 2:0.12 4:0.12 6:-0.16
s:neat 3:-0.16 5:0.27 12:0.23
s:need 0:-0.22 1:0.23 2:0.41 4:-0.22 6:-0.27 8:0.11 9:0.44 10:-0.22 12:0.17 13:-0.11
s:negative 8:-0.14
s:network 8:-0.15
s:never 2:-0.12 3:-0.13 4:-0.27 6:0.2 8:0.19 10:0.28 12:0.22 13:-0.38
s:new 0:0.31 1:-0.29 2:0.23 5:0.36 7:0.37 9:-0.1 10:0.29 12:0.27 13:0.5
s:newsletter 2:-0.13 6:0.11
s:next 0:0.18 2:-0.18 3:0.11 4:-0.2 5:-0.11 7:0.11 9:0.11
s:ngl 8:0.21
s:nhs 0:0.11
s:nice 0:-0.18 1:0.3 2:-0.1 5:-0.34 8:0.39 12:0.12
s:night 2:-0.13 3:0.11 7:0.24 8:0.13 11:-0.29
s:nightmare 0:-0.11 3:-0.1
s:nine 2:0.1 7:-0.16 13:-0.11
s:no 0:0.24 1:-0.15 3:-0.15 6:0.37 9:-0.1 12:-0.15 13:-0.22
s:nobody 1:-0.13 2:-0.26 4:-0.13 6:0.47 7:-0.13 9:-0.14 13:-0.73
s:nodd 8:0.13
s:noise 12:0.27
s:normal 5:-0.12
s:not 1:0.22 2:0.14 5:0.26 8:-0.14 11:-0.24
s:note 5:-0.14 6:0.15
s:noth 3:-0.15 4:0.12 7:-0.14 8:0.16 9:-0.17 12:-0.19 13:-0.35
s:notic 0:-0.16 2:0.2 6:-0.17
s:notice 0:0.14 11:-0.18 12:-0.11
s:notification 6:0.11
s:now 0:0.18 2:-0.19 5:0.22 10:0.15 11:-0.31 12:-0.12 13:0.25
s:nowhere 1:0.14
s:number 0:0.11 7:-0.12
s:nurs 1:0.13 2:0.1
s:nurse 1:0.22 5:-0.17 8:0.3 9:0.11 13:0.18
s:nursery 6:0.16
s:oat 5:0.12
s:of 3:0.11 5:-0.21 7:-0.18 8:-0.27 9:0.13 12:-0.15
s:off 0:-0.17 4:0.13 5:-0.12 6:-0.24 7:-0.19 8:0.14 10:0.23 11:0.12 12:-0.33
s:offer 5:0.14
s:office 0:0.18 4:-0.11 5:-0.25 6:-0.25 9:-0.19 13:-0.22
s:officer 0:0.17
s:often 1:0.25 5:0.19 11:0.12 12:0.15
s:oh 12:-0.11
s:ok 3:-0.11 7:0.14
s:old 0:-0.19 2:0.24 5:-0.2 6:-0.32 7:0.15 12:-0.14
s:older 1:0.21 2:-0.2 13:-0.23
s:on 0:0.24 2:-0.13 10:-0.15 12:0.11 13:-0.2
s:once 1:0.12 7:0.34 8:0.18 9:0.19 12:0.27
s:one 1:-0.19 3:0.11 4:-0.1 5:0.13 6:0.25 7:-0.12 9:0.11 11:0.2 13:-0.21
s:ones 0:-0.12 1:0.12 8:0.16 9:0.11
s:online 0:0.13 4:0.17 6:0.2 7:0.42 8:0.12 11:-0.17 13:0.37
s:only 3:0.13 4:0.38 5:0.15 6:0.11 8:0.24 12:-0.1
s:onto 5:-0.1
s:op 7:0.12
s:open 0:-0.14 1:-0.14 5:-0.25 6:-0.2
s:operation 6:0.13
s:opinion 2:0.14 5:-0.13 8:-0.16 9:-0.15
s:optician 1:-0.12 2:0.21 9:-0.13 12:-0.11 13:0.19
s:option 6:0.14
s:or 5:0.11 8:-0.23 10:-0.14 13:-0.13
s:order 0:0.4 2:-0.33 5:0.44 7:-0.13 12:-0.14
s:other 2:0.14 5:-0.19 7:0.23 9:0.33 10:-0.15
s:otherwise 9:0.11
s:our 0:0.11 1:0.23 2:0.16 5:0.23 7:-0.17 10:-0.15 11:0.15 13:0.14
s:out 0:0.15 2:0.18 3:-0.11 7:0.14 10:0.12 11:-0.17 13:-0.28
s:outside 1:-0.19 7:-0.11
s:oven 5:0.2
s:over 3:0.1 4:0.13 5:0.1 7:-0.18 8:-0.15 9:0.19 10:-0.26 13:-0.18
s:overall 1:-0.11 8:-0.15
s:overdraft 4:0.11
s:overflow 3:0.2 5:-0.11 10:-0.19
s:overpric 4:0.2 11:-0.24 12:-0.24
s:own 5:0.17
s:owner 5:0.19 9:0.11 10:0.19
s:p 0:-0.21 5:0.18 6:-0.14 11:-0.31 12:-0.13
s:pack 5:0.17
s:pads 1:-0.12 6:0.12
s:page 6:0.25 11:-0.11 12:-0.11
s:paid 1:-0.15 3:-0.21 5:0.15 12:-0.27
s:pain 2:0.12 6:-0.13
s:painless 0:0.13 7:0.19
s:paint 2:0.3 3:-0.14
s:panel 2:0.11
s:paper 5:0.11
s:par 11:-0.13 12:0.12
s:parcel 0:0.1 2:-0.13 3:-0.15 5:0.44 6:0.11 7:0.19 8:-0.12 12:0.11
s:parent 0:-0.19 2:-0.17 6:0.24 12:-0.12 13:0.13
s:pari 5:0.18 12:0.11
s:park 0:-0.25 1:-0.2 2:-0.19 4:-0.11 5:-0.2 6:-0.13 11:-0.3
s:part 2:0.14 9:0.12 13:0.14
s:participant 1:-0.22 2:-0.17 5:-0.23 8:0.15
s:particular 1:-0.15
s:party 11:0.15
s:pass 5:-0.23
s:passenger 5:0.11
s:passport 0:0.17
s:past 0:0.22 6:-0.1 12:0.19
s:pasty 5:0.11 12:-0.13
s:patchy 12:-0.17
s:patient 4:-0.15 5:-0.2 8:0.17
s:pay 2:-0.17 11:0.27
s:paying 1:0.13 4:0.2 5:0.2 7:0.14 8:-0.11 11:-0.46
s:payment 0:0.14
s:penny 4:0.31 11:0.37 12:0.13
s:people 1:0.14 7:-0.18 8:0.24 9:-0.18 10:-0.18 12:0.3
s:per 4:0.11
s:perfect 5:0.63 6:-0.13 12:0.39
s:perfecto 0:0.12 7:-0.12
s:permit 4:-0.18
s:person 7:-0.2 13:-0.18
s:personal 6:0.12
s:pet 2:0.17 9:-0.12
s:pharmacist 0:-0.13 2:0.47 5:-0.21 9:0.33
s:pharmacy 0:0.22 5:-0.18
s:phon 9:0.14
s:phone 0:0.3 1:0.39 2:0.23 3:-0.23 5:-0.2 6:0.12 8:-0.36 9:-0.32 11:-0.1 12:-0.24 13:-0.22
s:photo 4:-0.12 5:0.18 6:0.23 12:0.18 13:0.27
s:physio 1:-0.11 5:0.27 12:0.21
s:physiotherapist 11:-0.13
s:pick 2:0.17
s:picture 12:0.14
s:pie 5:0.13
s:piece 5:0.16 12:-0.14
s:pillow 3:0.11
s:pilot 6:0.17
s:pint 12:-0.21
s:pizza 1:-0.11 5:0.33
s:place 0:-0.16 2:0.17 3:0.23 6:-0.24 8:0.26 9:0.21 11:0.42
s:plain 6:0.12 13:0.15
s:plann 7:-0.13
s:plaster 3:0.15 10:0.11
s:plastic 5:0.14
s:play 5:0.15 11:0.15 13:0.13
s:pleasant 7:0.16 11:0.12
s:please 5:-0.12
s:plumber 7:-0.11 12:0.14
s:pm 0:0.21 1:-0.16 12:-0.11 13:-0.22
s:point 2:0.14 5:0.28 11:-0.26
s:policy 2:0.21
s:polish 0:-0.1
s:polite 0:0.17 1:0.29 6:0.1 8:0.21 9:-0.1
s:pool 5:0.2 6:0.15 8:-0.1 12:-0.23
s:popp 0:-0.12 1:-0.11
s:portion 4:0.18
s:positive 2:0.12 9:0.13
s:post 5:-0.1 12:0.12
s:postage 4:0.17
s:pothole 0:0.32 7:-0.1
s:pound 4:0.26
s:ppl 11:0.11
s:practice 0:0.11 1:-0.14 4:0.12 5:-0.17 7:-0.11
s:prais 0:0.17 3:0.22 4:0.13 5:0.12
s:prescription 2:0.27 5:-0.24 9:-0.25
s:previou 3:0.11
s:price 0:-0.18 4:0.99 6:-0.12 8:0.11 12:0.12
s:pricey 4:0.21 6:-0.15
s:pricier 11:0.11
s:print 1:0.22 4:0.24 8:-0.12 11:-0.12
s:priority 0:0.11
s:private 0:0.15 2:0.15 4:0.13 5:-0.12
s:priya 1:0.14 8:0.11
s:probab 1:-0.11
s:problem 2:0.22 9:0.17 13:-0.25
s:process 0:0.13 6:0.12 12:-0.13 13:0.1
s:product 1:0.19 2:0.19 6:-0.13
s:professional 11:-0.15
s:promis 0:0.17 1:-0.14 6:0.23 12:0.18 13:-0.14
s:proper 0:-0.29 1:0.16 4:-0.15 5:0.14 8:-0.42 9:0.33 12:0.45
s:pt 2:0.17 9:0.14 11:-0.11
s:pub 8:0.13 11:-0.16
s:puddle 3:-0.18 5:0.17 12:-0.2
s:pull 5:0.11 7:0.1 8:-0.12
s:push 1:0.14
s:pushy 1:0.13
s:put 1:-0.1 5:0.11 10:0.15 11:-0.16
s:qr 13:-0.14
s:question 0:-0.13 2:0.19 5:-0.12 13:0.13
s:queu 0:0.25 6:-0.18 12:-0.12
s:queue 0:0.99 2:-0.21 3:-0.11 5:-0.25 7:-0.25 8:0.2
s:quibble 0:0.11 7:0.18 13:0.13
s:quick 0:0.4 1:-0.14 5:-0.17 6:-0.16 7:0.29 9:0.18 10:0.15
s:quicker 0:0.13 7:0.1
s:quid 4:0.15 11:-0.11 12:-0.11
s:quiet 8:0.11
s:quite 11:0.16
s:quot 0:0.12 3:0.13 4:0.25 6:0.13 7:0.2 9:0.21 11:0.23 12:0.14
s:quote 4:0.3 6:0.2 11:0.12
s:r 5:0.1 12:0.12
s:rack 0:0.12
s:rais 0:0.15 5:-0.11 9:0.1
s:ramp 7:-0.16
s:ran 0:0.11 2:-0.12
s:rang 0:0.15 3:-0.12 4:-0.13 5:-0.32 6:0.24 13:0.31
s:rank 10:-0.1 12:-0.12
s:rare 0:0.16 6:0.12 7:0.15 13:-0.18
s:rash 2:0.12
s:rate 4:0.28 6:0.11 10:-0.14 12:0.14 13:-0.14
s:rated 5:0.13
s:rather 6:0.11 13:0.14
s:rave 5:0.17
s:ray 0:-0.2
s:rd 12:-0.13 13:-0.1
s:read 2:0.2 5:0.16 6:0.12 8:0.13 9:-0.38
s:ready 0:0.15 1:-0.16 2:-0.2 6:0.19 7:0.21 12:0.12
s:real 2:0.21 3:-0.12 11:-0.3
s:reason 2:-0.11 4:0.12 11:0.15
s:reasonable 0:-0.1 4:0.2 11:0.36
s:reassur 2:0.16 9:-0.24 13:0.1
s:receiv 0:0.12 6:0.16 7:-0.11
s:reception 0:-0.12 1:0.11 6:0.22 8:-0.25 10:0.1
s:receptionist 1:0.58 4:-0.1 5:-0.21 8:-0.46
s:reckon 2:0.1
s:recognition 2:0.11
s:recommend 2:0.32
s:record 3:-0.14 6:-0.13 7:-0.17
s:red 1:-0.11 3:0.11 12:0.15
s:refund 0:0.28 2:0.1 6:0.15 7:0.16 12:-0.13
s:regard 5:-0.11
s:regular 6:-0.12 11:-0.17
s:relative 12:0.1
s:remember 1:0.22 2:-0.11 8:0.19 12:0.12
s:reminder 1:-0.11
s:removal 5:0.17 8:0.18
s:renewal 1:0.11 4:0.1
s:rent 11:-0.17
s:rep 1:0.13 8:-0.16
s:repair 0:0.11 2:-0.1 6:0.21 7:0.23 12:0.15 13:0.1
s:repay 7:0.21
s:repeat 5:-0.15
s:repeated 0:0.13 7:-0.11 13:-0.1
s:replac 5:0.32 12:-0.13 13:0.18
s:replacement 5:0.13 6:0.23 7:0.11 12:-0.15 13:0.23
s:repli 0:0.12 5:0.22
s:replie 5:0.11
s:reply 0:-0.35 4:-0.13 6:0.39 12:0.2 13:-0.21
s:report 0:0.57 7:-0.16
s:resident 0:-0.12
s:response 8:-0.11
s:restaurant 1:-0.11 6:0.11 12:-0.16
s:result 7:-0.12
s:return 5:0.11 13:0.13
s:review 0:-0.11 3:0.1 11:0.12 12:0.19
s:rewir 9:0.13
s:rice 0:0.11 5:0.11 12:-0.13
s:right 1:-0.13 2:0.35 4:-0.1 6:-0.17 9:0.18
s:ring 6:0.55 7:-0.2 12:-0.25 13:-0.38
s:rip 4:0.12 11:-0.16
s:road 0:0.14 1:-0.28 3:-0.15 5:0.16 6:-0.17 7:-0.15
s:roast 5:0.18 11:-0.12 12:0.11
s:robbery 0:-0.14 4:0.12 11:-0.12
s:rock 5:0.16
s:roll 0:-0.12 2:-0.1 3:0.2 8:-0.13 12:-0.11
s:roof 2:0.11
s:room 0:-0.14 3:0.65 5:-0.11 7:-0.11 8:0.12 9:0.11 12:-0.16 13:-0.12
s:rota 1:-0.12 2:-0.12 5:-0.13 6:-0.18
s:rough 5:0.21 12:-0.2
s:round 0:0.26 5:-0.14 10:-0.1 11:0.15 12:0.12 13:-0.13
s:route 11:-0.13
s:router 2:0.1 11:-0.13
s:rubbery 8:0.15
s:rubbish 0:-0.1 1:-0.12 5:0.21 12:-0.27
s:rubble 3:0.14
s:rude 1:0.42 2:-0.17 3:-0.12 4:-0.15 5:-0.45 6:-0.3 7:-0.12 8:-0.61
s:rule 2:0.12
s:run 8:0.11
s:runn 2:-0.11 5:0.21 6:0.39 7:-0.14 12:-0.14
s:rush 0:-0.23 1:0.32 2:-0.18 5:-0.12
s:rye 5:0.1
s:s 4:0.16
s:sadly 12:-0.11
s:safe 2:0.18 5:0.23 12:0.13
s:said 0:0.11 1:0.27 2:0.3 6:0.39 7:0.22 9:-0.16 11:0.13 13:-0.18
s:sale 6:0.12 12:0.11 13:-0.12
s:salesman 1:0.18 8:-0.31
s:salon 5:-0.11
s:same 0:0.11 3:-0.12 5:-0.13 10:-0.18
s:sandwich 5:0.12 11:0.23 12:0.19
s:sat 1:0.1 6:0.22 13:-0.18
s:saturday 0:0.24 2:-0.15 4:-0.14 7:-0.27
s:saved 0:-0.11 1:-0.15 2:0.38 6:-0.13 9:0.29 11:0.18
s:saw 6:-0.1 8:0.15
s:say 0:0.15 2:-0.3 3:0.13 4:-0.22 6:0.39
s:saying 0:0.12 2:-0.13 3:0.12 6:0.27 7:-0.15 12:-0.15 13:-0.44
s:says 5:0.16 9:-0.14 12:-0.16
s:scan 0:0.14
s:scanner 6:0.17
s:school 5:-0.11
s:science 5:0.13
s:scone 5:0.2 12:-0.1
s:scratch 5:0.32
s:screen 5:0.28 6:0.23
s:script 2:0.15 9:-0.15
s:seam 5:0.12
s:seat 2:-0.16 3:0.4 5:0.15 10:-0.15 11:0.22
s:second 0:0.2 2:0.21 6:-0.17 7:0.14 9:-0.12
s:section 3:0.11
s:see 2:-0.11 6:0.18 10:-0.17 11:-0.17
s:seed 5:0.12 12:0.15
s:seem 2:0.19 8:-0.11 9:-0.22
s:seen 0:0.16 1:0.19 7:0.13 8:-0.16 9:-0.17 10:0.19
s:sehr 0:0.15
s:self 0:0.21 5:-0.19
s:sell 0:-0.19 1:-0.12 2:0.15 5:0.15 6:-0.16
s:semi 5:0.1
s:send 0:-0.15 6:0.26
s:sent 1:-0.13 3:-0.16 6:0.46 12:-0.15
s:separate 8:-0.1
s:serv 0:0.16 5:0.18 7:-0.18
s:service 3:-0.15 4:0.16 7:-0.22 8:0.12 11:-0.18 12:0.15 13:-0.16
s:session 0:-0.18 1:-0.14 2:0.17 9:0.25 11:-0.12
s:set 1:-0.13
s:seven 0:0.12 7:-0.13 11:-0.1 13:-0.12
s:several 3:0.17 4:0.29 8:0.19 9:0.22 10:0.12 11:-0.28
s:shad 12:-0.16
s:shame 0:0.16 1:0.13 7:-0.11
s:sharp 0:0.11
s:she 1:0.16 2:0.32 5:0.11 7:0.18 8:0.12 12:0.25 13:0.14
s:shed 6:0.1
s:sheet 6:0.1
s:shelf 2:0.12
s:shelve 3:0.12
s:shes 11:0.18
s:shift 0:-0.2 1:-0.2 6:-0.18
s:shine 12:-0.18
s:shirt 5:0.12 12:-0.29
s:shock 5:-0.15 13:0.16
s:shoe 5:0.11
s:shop 0:-0.14 1:-0.14 2:0.26 4:0.12
s:shopper 10:-0.12
s:short 0:0.16 1:-0.1 8:-0.12 12:0.13
s:shot 5:0.11
s:should 1:-0.1 5:-0.18 6:0.12 9:-0.19 13:-0.11
s:shout 0:-0.1 1:0.23 5:-0.16
s:show 0:-0.29 4:-0.11 6:0.52 9:0.18 13:0.37
s:shower 0:0.2 10:-0.17
s:shrugg 1:0.13 5:0.1 8:-0.17 12:-0.14
s:side 5:0.25 6:0.12 12:-0.11
s:sigh 0:-0.1 1:0.22
s:sign 12:-0.14
s:since 0:0.22 5:0.15 7:0.38 9:0.1 10:0.14
s:single 4:-0.15 5:-0.1 6:0.13 9:0.11 13:-0.19
s:sit 6:-0.12
s:site 5:0.13 12:0.11
s:six 1:0.12 5:0.24 7:-0.14
s:size 12:-0.12
s:skimm 5:0.1
s:skirt 5:0.12 10:0.13 11:-0.15
s:sleep 5:0.2
s:sleeve 10:-0.14
s:slept 5:0.11
s:slice 12:-0.15
s:slide 6:0.11
s:slot 0:0.22 5:0.11 7:0.3 13:0.2
s:slow 0:0.31 7:-0.19 9:0.13 11:0.12 13:0.12
s:small 1:0.17 4:0.2 8:0.13 11:-0.15
s:smell 2:-0.14 3:0.77 5:-0.16 6:-0.15 10:-0.16
s:smelt 3:0.17 5:-0.15
s:smile 5:-0.12 8:-0.28
s:snapp 4:-0.12 5:0.22 12:-0.16
s:so 0:-0.15 2:-0.2 3:-0.27 6:0.35 7:-0.23 11:-0.14 12:-0.11
s:soak 5:0.19 12:-0.2
s:socket 0:-0.12
s:sofa 3:0.15 5:-0.12
s:soggy 5:0.16 12:-0.15
s:sold 5:0.15 12:-0.12
s:solid 12:0.11
s:some 2:0.13 4:0.13 8:-0.2
s:somebody 1:0.1
s:someone 1:-0.19 2:0.2 3:0.32 9:-0.29 10:-0.2 11:0.11
s:somewhere 8:-0.11
s:son 0:-0.14 1:0.15 2:0.11
s:sore 0:-0.13 1:-0.15 5:0.2
s:sort 0:0.21 1:0.21 2:0.18 5:-0.15 7:0.24 8:0.12 9:0.27
s:sound 1:0.3 6:0.11 8:0.25 12:0.25
s:sourdough 5:0.16
s:spa 4:0.12
s:space 5:-0.12
s:spaniel 1:-0.16
s:spare 0:-0.1
s:sparky 1:0.1
s:speak 0:-0.19 6:0.19 9:0.22
s:spec 6:-0.11
s:specialist 2:0.14 9:-0.14
s:speck 10:0.16
s:speed 5:0.34
s:speedy 0:0.12
s:spell 13:0.13
s:spend 0:0.12 7:-0.11
s:spent 1:0.14 6:-0.16 7:-0.23 8:0.23
s:split 8:-0.14
s:spoke 1:0.19
s:spoken 0:-0.1 1:0.11
s:spot 9:0.12
s:spotless 1:-0.2 3:0.61 9:0.14 10:0.78 12:0.12
s:spott 2:0.24 4:0.11 5:-0.19 6:-0.12 9:0.36
s:spring 5:0.12
s:squeez 6:-0.16
s:st 5:-0.14
s:staf 1:0.11
s:staff 1:0.71 2:0.2 3:-0.23 4:-0.13 5:-0.19 6:-0.36 7:-0.11 9:-0.13 11:-0.16 13:-0.11
s:stain 5:0.11 12:0.11
s:stale 5:0.21 11:-0.1 12:-0.12
s:stand 0:0.17 6:0.14
s:stank 10:-0.11
s:star 1:0.14 5:0.11 12:0.17 13:0.11
s:start 2:-0.24 3:0.33 4:-0.1 5:0.13 6:0.14 7:-0.32 9:-0.12 13:0.18
s:starter 2:0.15 9:-0.14
s:state 10:-0.16
s:statement 1:0.12 2:-0.15
s:station 11:0.14 12:0.12
s:stay 1:0.16 2:-0.11 5:0.19 6:-0.14 11:-0.1
s:steak 5:0.16
s:steal 4:0.11 11:-0.12
s:steer 3:0.11 11:0.14
s:stellar 10:-0.14
s:step 2:-0.1 6:0.3 13:0.31
s:sticky 3:0.3 4:-0.1 10:-0.31 12:0.14
s:still 3:-0.21 4:0.12 5:0.1 7:-0.38 9:-0.25 11:-0.18 12:-0.29 13:-0.47
s:stone 0:0.1 7:-0.13 12:-0.1
s:stood 0:0.24
s:stop 4:-0.12
s:stopp 6:0.22 9:0.15 10:0.2 12:-0.11 13:0.31
s:storage 6:0.1
s:store 6:-0.1 8:-0.12 12:-0.21
s:story 0:0.11 5:0.12 12:0.23
s:straight 1:0.11 2:0.15 9:0.19 10:-0.11 13:0.13
s:strap 1:0.1
s:street 0:-0.1 11:-0.13
s:streetlight 0:0.23 7:-0.26
s:stress 2:0.15
s:stretch 5:0.13
s:strong 1:-0.12
s:stuck 10:-0.29
s:student 2:0.13
s:stuff 2:0.36 9:0.28 13:-0.13
s:stunn 5:0.19 12:0.17
s:stylist 1:0.12 5:0.14
s:such 5:-0.11
s:suit 1:0.14 2:0.11
s:summ 8:0.11
s:summary 0:-0.11 3:0.13 4:0.12 8:-0.14 13:0.15
s:summer 5:0.1
s:sunday 0:-0.1 5:0.11 10:-0.13 11:-0.14
s:super 5:0.27 12:0.28
s:superb 7:0.25
s:supermarket 6:-0.11 12:0.13
s:supervisor 1:0.12
s:supplier 7:0.12
s:support 0:0.19 2:0.13 9:-0.15 12:0.13
s:sure 0:-0.23
s:surgery 0:0.23 1:-0.13 3:0.21 5:-0.2 7:0.18 8:-0.2 9:0.13 10:0.24
s:surpris 1:-0.11 10:0.14 11:0.19
s:swapp 13:0.1
s:swept 3:0.27 10:0.18
s:switch 1:-0.1 5:-0.15 7:0.16
s:symptom 9:-0.15
s:system 5:-0.11 6:-0.13
s:ta 7:0.13 10:0.31
s:table 1:0.12 3:0.36 6:-0.16 7:0.1 10:-0.3
s:tablet 2:0.28 7:0.2 9:-0.13 13:0.11
s:tag 1:-0.12
s:tait 1:0.11
s:take 0:0.23 1:0.19 3:-0.1 7:-0.31 9:0.12
s:takeaway 4:0.14
s:taking 7:-0.14
s:talk 1:0.32 2:0.16 5:-0.12 8:-0.41 9:0.22
s:tap 5:0.18 12:-0.12
s:tariff 2:0.11
s:tast 5:0.15 12:-0.11
s:taste 5:0.39 12:-0.22
s:tasty 5:0.16 8:-0.1 12:0.14
s:taught 2:0.1
s:tax 2:0.15 4:-0.13
s:tbh 0:-0.18 5:0.18 12:-0.19
s:teacher 0:-0.2 6:0.21
s:team 1:0.17 4:-0.11 8:0.11 10:0.13
s:tell 0:0.11 1:-0.16 2:0.32 3:-0.14 6:0.31 9:-0.12 12:-0.1
s:ten 5:-0.11 7:0.17 8:-0.11 11:-0.15
s:tenner 11:0.33
s:term 7:-0.13
s:terrifi 11:0.15
s:test 2:0.15
s:text 0:-0.27 2:-0.3 3:-0.17 4:-0.12 5:-0.14 6:1.02 13:0.58
s:th 0:0.11 13:-0.12
s:than 4:0.17 5:0.16 6:-0.17 7:0.22 9:0.21 10:0.25 12:0.24
s:thank 0:-0.23 4:-0.17 5:-0.21 13:-0.14
s:thankful 13:0.11
s:that 2:0.23 3:-0.24 4:0.23 7:-0.14 8:0.28 9:0.1
s:the 0:-0.31 1:-0.31 3:-0.21 4:-0.27 6:0.15 8:0.14 9:-0.14 10:-0.13 12:-0.19
s:their 0:-0.11 1:0.33 2:-0.28 4:-0.25 5:-0.17 6:0.2 8:-0.25 9:0.26 11:0.18 13:0.13
s:them 1:0.23 3:0.14 5:0.2 6:0.25 7:-0.15 12:0.12
s:themselve 5:0.17
s:then 0:0.13 1:0.12 2:-0.11 3:0.15 4:0.14 5:-0.15 6:0.36 8:0.13 9:-0.13 10:-0.14 11:-0.24 13:-0.34
s:therapist 5:-0.13
s:there 0:0.18 3:0.14 5:0.19 6:-0.13 10:-0.24 12:-0.35 13:-0.2
s:these 12:0.13
s:they 0:0.12 2:-0.14 6:0.35 7:0.13 8:0.13 9:-0.39 11:0.27
s:theyd 9:0.11 11:-0.12
s:theyre 1:0.13 6:-0.1 10:-0.11
s:theyve 1:-0.16
s:thing 1:0.1 4:0.15 6:-0.13 7:0.13
s:think 0:0.11 1:-0.19 4:0.23
s:third 5:0.11 12:-0.11
s:this 0:-0.23 1:-0.13 3:-0.18 5:-0.24 7:0.15 10:0.13
s:tho 1:0.12 8:0.17 12:0.1
s:thorough 1:-0.13
s:those 5:0.13
s:though 0:0.42 1:0.27 3:0.13 4:0.12 5:0.12 6:-0.11 7:-0.11 8:0.2 10:-0.13 11:-0.13 12:0.15 13:-0.17
s:thought 2:0.15 3:0.13 11:0.15 12:0.13
s:three 2:0.24 5:0.27 8:-0.13 9:-0.34 12:-0.26 13:-0.37
s:thrill 12:0.1
s:through 0:0.25 6:0.21 9:0.2 13:0.49
s:thru 7:-0.13
s:thursday 0:0.17 7:-0.32
s:thx 13:0.11
s:thyroid 2:0.14 9:0.14
s:ticket 0:0.19 4:0.15 6:-0.14 7:-0.17 8:-0.12
s:tidy 3:0.27 10:0.26
s:tile 9:0.11
s:till 0:0.37 2:-0.19 5:-0.21 6:-0.1 7:-0.32 8:-0.13
s:time 0:0.22 1:0.38 3:-0.15 6:0.26 7:-0.17 8:-0.28 10:-0.12 11:-0.15 12:-0.12 13:-0.14
s:tip 3:0.27 5:-0.13 8:0.13 10:-0.23
s:tipp 0:0.13
s:to 1:0.18 3:-0.29 4:-0.12 5:-0.17 6:0.13 8:-0.31 10:-0.25 13:-0.12
s:toast 11:-0.16
s:toaster 13:0.11
s:today 0:0.13 1:-0.16 6:-0.12
s:toilet 0:-0.35 2:-0.2 3:0.86 5:-0.14 6:-0.12 10:-0.3
s:told 0:-0.32 1:-0.13 2:0.72 3:-0.15 4:-0.25 5:-0.12 6:0.12 7:-0.35 9:-0.41 13:-0.52
s:tomorrow 1:0.11
s:too 1:0.3 2:-0.13 5:0.39 6:0.1 8:0.17 10:0.1
s:took 0:0.45 1:0.18 3:0.13 4:-0.17 5:0.11 7:-0.11 8:0.36 13:-0.11
s:top 1:-0.12 6:0.27 9:0.15 11:-0.19
s:total 8:-0.13
s:touch 2:-0.13 3:0.11
s:towel 5:-0.12 10:-0.15 11:-0.13
s:town 1:0.18 3:-0.1 4:0.26 11:0.12 12:0.18
s:tr 4:0.19
s:track 1:-0.14 6:0.36 12:-0.13 13:0.11
s:trade 9:0.12
s:traffic 1:0.11 8:-0.1
s:train 1:-0.13 2:0.33 5:-0.27 9:0.11 11:-0.34 13:-0.14
s:transfer 0:0.12
s:transferr 5:0.1
s:travel 2:0.1 9:-0.1
s:treat 1:0.21 2:0.16 10:0.15 13:0.15
s:treatment 4:0.15 11:-0.18
s:tried 5:0.17
s:trim 5:0.21
s:trimm 5:0.1 12:0.11
s:trolley 0:0.2 1:-0.15 3:0.12
s:trop 4:0.11 11:-0.15 12:0.12
s:trust 2:0.18
s:try 1:0.22 8:0.17
s:trying 3:0.11 8:-0.11
s:tuesday 2:-0.12 12:0.13
s:turn 0:0.26 1:-0.15 2:0.21 6:0.14 11:0.12
s:tv 0:-0.12
s:twenty 0:0.25 3:-0.11 5:0.12 6:-0.1 12:0.18
s:twice 1:0.11 7:-0.11 11:-0.12 12:-0.29
s:two 0:0.26 2:0.26 3:-0.22 5:0.12 6:0.1 7:-0.22 11:0.19
s:tyre 2:0.22 6:-0.12 7:0.2 11:0.12
s:under 0:-0.13 2:-0.13 3:0.25 7:0.22 10:-0.11 11:0.12
s:understand 0:-0.12 2:0.12 5:-0.28 6:0.33 8:0.12 11:-0.13
s:understood 6:0.19 13:0.18
s:unfair 0:0.11
s:unhelpful 1:0.19 8:0.12
s:uniform 5:-0.14
s:unit 5:-0.13
s:unreal 5:0.1 11:0.35
s:until 6:0.28 7:-0.22 12:-0.11 13:-0.16
s:up 0:0.1 2:-0.11 3:0.12 4:-0.17 7:-0.4 8:-0.2 10:0.46 11:-0.15 13:-0.17
s:updat 0:0.13 6:0.23 12:0.1 13:0.14
s:update 1:-0.11 6:0.3
s:upgrade 5:0.15
s:upload 6:0.11
s:upsell 1:0.4 5:-0.11
s:us 3:-0.25 8:0.18 12:-0.12
s:use 1:-0.11 2:0.37 9:0.13
s:used 4:0.12 6:-0.13 7:0.11 10:-0.13
s:useless 6:-0.1
s:usher 1:0.1
s:using 2:0.19
s:usual 11:0.13
s:valet 3:0.39 10:-0.11 11:0.2
s:valu 0:-0.13 11:0.15
s:value 4:0.48 5:-0.23 11:0.43
s:van 0:0.11
s:vans 1:0.1
s:varifocal 5:0.12
s:vegan 12:-0.11
s:venue 6:0.15
s:very 2:0.12 8:0.31 10:0.16 11:-0.26 13:-0.14
s:vet 0:-0.16 1:0.17 2:0.14 8:0.18 12:0.15 13:0.19
s:vets 5:-0.15
s:video 6:0.18
s:view 2:-0.11 3:-0.19 5:-0.17 12:-0.1
s:visit 2:0.24 5:-0.14 6:-0.11 7:0.25 9:-0.17 12:-0.14
s:visitor 12:0.15
s:vivaldi 0:0.11
s:voicemail 0:-0.14
s:volunteer 1:0.14
s:voucher 4:0.17 11:0.1 12:-0.11
s:wait 0:0.98 1:-0.34 2:-0.21 4:-0.37 5:-0.28 8:0.26 11:0.19 12:0.46 13:-0.13
s:waiter 1:0.39 5:0.2 10:-0.13
s:waitin 6:0.17
s:waiv 11:0.11
s:walk 1:0.25 4:-0.13 5:-0.11 6:-0.15 7:-0.16
s:walker 5:-0.1 6:0.1
s:want 1:0.19 2:-0.16 8:-0.15
s:ward 13:-0.1
s:warden 1:0.21 8:-0.13
s:wardrobe 12:-0.1
s:warm 4:0.1 12:-0.31
s:warn 2:0.14
s:warranty 2:0.11 9:-0.14
s:was 1:0.21 2:-0.13 3:-0.18 5:0.14 11:0.34 12:-0.31
s:wash 0:-0.15 5:0.1 6:-0.11 12:-0.13
s:washer 5:-0.12
s:wasnt 0:0.17 5:-0.1 6:0.18 8:-0.24 9:-0.11 12:-0.13 13:-0.17
s:wasp 8:-0.32
s:waste 11:-0.1
s:watch 5:-0.11
s:water 2:0.12 3:-0.11 11:-0.15 12:-0.14
s:way 6:0.12 11:-0.18
s:we 1:0.11 2:-0.15 4:0.23 6:0.22 10:0.23 11:-0.33
s:wear 1:-0.17
s:website 5:-0.11 11:-0.1 13:-0.16
s:wed 13:-0.13
s:wedd 0:-0.15 1:0.11 5:0.35 6:0.35 12:0.22
s:wednesday 12:0.1
s:wee 10:-0.11
s:week 0:0.76 1:-0.38 3:0.11 4:-0.3 6:0.18 7:-0.49 9:-0.2 10:-0.18 13:-0.22
s:weekend 0:0.12 5:0.15 12:-0.18
s:welcom 8:-0.35
s:welcome 1:0.2
s:well 4:0.14 5:0.15 7:0.14 9:0.12 12:0.38 13:0.1
s:went 1:-0.17 4:-0.36 7:-0.15 9:-0.11 10:-0.17 12:-0.23
s:were 0:-0.13 1:0.11 3:0.22 4:0.12 6:0.13 7:-0.18 9:-0.19 12:-0.12
s:werent 2:-0.11 6:0.17 12:-0.16
s:wet 3:0.18 10:-0.11
s:weve 10:-0.14
s:what 0:-0.13 1:-0.39 4:0.13 5:-0.23 6:0.48 8:0.14 9:-0.25 11:-0.11 13:0.28
s:wheel 3:0.11 5:0.12 7:-0.11 11:0.11 13:-0.11
s:wheelchair 8:0.12
s:when 1:0.2 4:0.16 6:0.35 8:-0.21 9:-0.16 11:-0.37 12:-0.26 13:-0.12
s:where 0:-0.11 6:0.33 11:0.16 13:0.27
s:whether 0:-0.16 1:-0.28 2:0.23 5:-0.24 9:-0.18 13:-0.13
s:which 1:-0.25 2:0.47 4:0.12 5:-0.19 8:0.23 10:0.32 13:0.21
s:while 0:0.2 1:0.17 5:-0.11 7:0.29 11:0.18 13:0.16
s:white 5:0.14 11:0.12 12:0.13
s:who 0:0.11 1:0.31 2:0.27 6:-0.19 7:-0.15 8:0.12 9:-0.12 10:-0.25 11:-0.11 12:0.3
s:whoever 10:0.12
s:whole 2:0.1 3:-0.11 6:0.1 8:-0.23
s:whos 1:0.11 11:0.15 13:0.11
s:why 0:0.37 2:-0.18 4:-0.16 6:0.44 7:-0.11 13:-0.12
s:wide 8:-0.22
s:wifi 0:-0.12 5:0.56 6:-0.19 9:-0.12 12:-0.16
s:will 2:-0.12 5:-0.23 13:-0.11
s:window 0:0.18 1:-0.1 9:-0.11 10:0.12 12:0.15
s:wine 1:-0.13 5:0.27 11:0.13 12:0.35
s:winter 12:0.17
s:wipe 3:0.12
s:wiped 3:0.2 10:-0.13
s:wish 5:-0.1 13:-0.15
s:with 1:0.6 4:0.2 6:0.16 7:-0.15 8:0.16 9:0.16 13:0.15
s:within 0:0.3 5:0.2 6:0.12 7:0.6 13:0.12
s:without 2:0.24 3:-0.1 5:0.24 6:0.29 7:0.22 8:0.25 11:-0.11 12:-0.28
s:woman 1:0.36 6:-0.21
s:wont 1:-0.11 3:-0.12 4:0.11 5:0.31 9:-0.11 11:-0.1 12:-0.3
s:word 12:-0.11
s:work 2:0.41 4:-0.21 5:0.16 9:-0.15 10:0.16 12:-0.11
s:worn 2:0.12 6:0.19 9:0.16 13:0.15
s:worst 5:-0.13
s:worth 3:-0.24 4:0.47 5:0.31 11:0.27 12:0.32 13:0.12
s:wot 2:0.13 10:-0.1
s:would 1:-0.35 4:-0.18 5:-0.11 7:0.18 8:0.12 10:-0.12 12:0.13 13:-0.18
s:wouldnt 1:0.14 8:-0.24 12:-0.15 13:-0.22
s:wow 7:-0.12
s:wrapp 12:0.29
s:write 0:-0.1 1:-0.11 5:-0.15
s:written 6:0.27
s:wrong 0:-0.12 2:0.99 3:-0.12 5:-0.22 6:-0.24 8:-0.11 9:-0.36 12:-0.13 13:-0.11
s:wrote 6:0.13
s:x 0:-0.16 8:0.13
s:year 2:0.22 3:-0.13 4:0.15 8:0.15 9:0.14 10:-0.14 12:0.25 13:0.18
s:yes 2:0.21 9:-0.18
s:yesterday 5:0.15
s:yet 9:0.19
s:you 0:-0.1 5:-0.18 10:0.27 11:0.15 13:0.18
s:youd 1:-0.16 5:-0.12
s:younger 1:0.14 2:-0.15 5:0.1
s:your 3:0.1 6:-0.18 10:0.25 12:-0.11
s:youre 1:0.12 8:-0.19
s:zero 10:0.16
s:zip 5:0.13 12:-0.11
s:£ 0:-0.35 1:-0.15 4:2.01 6:0.18 7:0.2 9:0.12 10:0.2 11:-0.75 12:-0.29 13:-0.2
s:€ 4:0.12 5:0.1 11:-0.15 12:0.13
u:! 1:-0.19 2:-0.26 3:-0.13 4:0.22 5:0.14 6:-0.17 10:0.36 12:0.77
u:$ 8:-0.13
u:% 4:0.25 11:-0.17
u:02 0:0.16 7:0.16
u:05 13:0.21
u:1 1:-0.14 4:0.17 5:-0.19 6:0.19 13:-0.17
u:10 0:0.25 1:-0.25 3:-0.14 4:-0.11 9:-0.16 13:-0.12
u:12 0:0.24 1:-0.11 4:0.1 5:0.12
u:120 4:0.11 5:0.18
u:14 5:0.2 6:-0.1
u:140 11:-0.19
u:15 11:0.11
u:18 4:0.12 6:0.19 11:-0.1
u:180 5:0.12 11:-0.2
u:19 13:-0.15
u:2 0:0.27 2:-0.12 3:-0.14 7:-0.15 10:0.14 11:0.23 13:0.31
u:20 0:0.28 1:-0.15 5:-0.12 11:0.17 13:0.11
u:22 6:0.12 11:-0.14
u:24 7:0.15 11:-0.11
u:25 0:0.14
u:26 12:-0.15
u:3 0:0.37 1:-0.17 3:-0.11 4:-0.18 6:-0.12 9:-0.25 11:-0.14 12:0.28 13:-0.2
u:30 1:0.15 5:-0.23 12:0.12 13:0.12
u:300 8:0.13
u:340 13:-0.1
u:35 0:0.12 4:-0.14 6:0.12 11:0.15
u:350 11:-0.1 12:-0.11
u:38 11:-0.12 12:-0.33
u:380 0:-0.1
u:4 0:0.22 3:-0.15 5:-0.13 6:0.11 7:-0.47 11:-0.11 12:0.16
u:40 0:0.31 4:0.2 7:-0.25 11:-0.17 13:-0.19
u:400 4:0.1 5:-0.11 9:0.12
u:42 11:-0.11
u:45 0:0.34 4:0.17 11:-0.2
u:48 4:0.12 5:0.17 7:-0.1 11:-0.15 13:-0.12
u:5 0:0.43 2:-0.13 4:-0.19 5:-0.13 11:0.25
u:50 0:0.17 1:-0.11 4:0.2 6:0.18 7:-0.28 11:-0.3 13:-0.12
u:500 5:0.12 12:-0.15
u:5000 1:0.1 9:0.1
u:6 0:0.27 6:0.16
u:60 4:0.13 9:0.13
u:65 4:0.12
u:7 0:0.22 7:-0.13 12:0.11 13:-0.21
u:70 4:0.18 11:-0.12
u:8 0:0.31 1:-0.15 5:0.16 6:-0.1 7:-0.11 12:0.26 13:-0.11
u:80 4:0.14 11:-0.14 12:-0.14
u:9 0:0.15 4:0.14 5:-0.16 13:-0.11
u:90 0:0.11 3:-0.12 7:-0.1 11:-0.12
u:95 4:0.11 11:-0.17
u:99 0:0.11 4:0.16 7:-0.1 8:-0.11
u:? 1:-0.19 2:-0.1 5:-0.27 7:-0.35 11:-0.21 13:-0.15
u:a 0:-0.18 3:-0.18 4:0.14 5:-0.11 7:-0.22 8:-0.28 10:-0.34
u:about 0:-0.1 3:-0.1 4:-0.32 5:-0.1 10:0.28 13:-0.26
u:above 12:0.15
u:absolute 2:-0.1 3:-0.11 4:0.14 6:0.13
u:account 0:0.16 5:-0.12 6:0.17 7:0.17 11:0.12
u:across 12:-0.12
u:acted 1:0.23 8:-0.12
u:actually 1:-0.15 6:0.31 7:0.15 8:0.25 9:0.21 10:0.13 12:0.41 13:0.52
u:address 8:-0.1
u:adjusted 11:-0.11
u:advertised 12:-0.13
u:advice 2:0.4 9:-0.13
u:adviser 0:-0.15 2:0.12 9:-0.11
u:advisers 2:0.1
u:advisor 7:-0.17 13:-0.11
u:after 3:0.14 4:-0.12 5:0.3 6:0.18 10:0.25 11:-0.13 13:0.17
u:afternoon 7:0.2 10:-0.11
u:afterwards 1:0.12
u:again 1:-0.11 5:0.39
u:against 2:0.12
u:agent 5:-0.26 6:0.25 8:-0.11 9:-0.2 13:-0.31
u:agents 0:-0.13
u:ages 6:-0.19
u:ago 6:0.11 12:0.1 13:-0.1
u:agreed 0:-0.13 5:0.26 6:0.15 8:0.12 13:0.11
u:ahead 0:0.17
u:air 10:0.16
u:aisles 3:0.14
u:alarm 5:-0.11
u:all 1:0.16 2:0.25 3:0.18 4:-0.23 6:-0.2 9:0.14 13:0.19
u:allowance 9:-0.13
u:almost 0:0.11 10:0.14
u:alone 4:0.11 12:0.12
u:along 2:0.17
u:already 5:0.19 6:0.15 9:-0.12 13:-0.18
u:alright 12:-0.16
u:also 2:0.1 4:0.11 12:0.1
u:always 0:0.19 1:0.2 2:-0.21 3:0.14 5:-0.12 7:0.14 8:0.24 10:0.16 12:0.14
u:am 0:0.14
u:amazin 3:0.11 10:-0.12
u:amazing 3:0.1
u:an 0:0.18 1:-0.11 2:0.24 4:0.11 5:-0.11 6:0.16 10:0.15
u:and 0:0.17 1:0.2 2:0.38 3:0.21 5:0.2 6:0.16 7:0.15 8:0.31 9:0.33 11:0.39 12:0.16 13:0.29
u:animals 2:0.12 10:0.13
u:annual 12:-0.1
u:another 1:-0.15 3:-0.11 6:-0.12 9:0.18 12:-0.11
u:answer 2:0.36 5:-0.21 6:-0.22 9:0.14 13:0.15
u:answered 0:0.12 8:0.15
u:answering 1:0.11
u:answers 0:-0.17 1:-0.13 2:0.25 4:-0.13 6:-0.14
u:any 5:-0.19
u:anyone 0:-0.13 5:-0.1 10:0.11
u:anything 4:0.1 6:0.21 8:0.11 9:0.2 11:0.12 12:0.12 13:0.11
u:anywhere 7:0.11 11:0.13
u:apologetic 1:0.14 3:0.12 5:0.12 8:0.1
u:apologise 1:-0.12
u:apologising 1:-0.12
u:apology 6:0.11 12:-0.14
u:app 1:-0.14 2:-0.17 5:0.25 6:0.3
u:apparently 0:0.13
u:appeared 6:0.12
u:appointment 0:0.11 5:-0.11 9:0.14 13:-0.22
u:appreciated 6:0.23 7:-0.11
u:apps 12:-0.12
u:april 5:-0.11
u:are 2:0.2 3:0.15 5:0.28 10:-0.24 11:-0.27 13:-0.28
u:area 3:0.23
u:arm 5:0.11
u:arrive 0:0.12
u:arrived 0:0.41 2:-0.11 5:0.29 6:0.43
u:as 1:0.32 4:0.15 8:-0.14 10:0.14 11:0.18 12:0.15
u:ask 0:-0.2 1:0.19 2:0.28 3:-0.14 5:-0.17 6:-0.12 8:-0.13 9:-0.42 12:0.11 13:-0.26
u:asked 0:-0.23 2:0.32 3:-0.25 4:-0.25 5:-0.22 6:-0.16 8:-0.16 9:-0.21 11:0.15 13:-0.34
u:asking 1:0.13 5:-0.17 8:-0.21 11:-0.13 13:0.12
u:asleep 8:-0.15
u:assistant 4:-0.12 13:-0.19
u:at 0:0.31 1:0.13 2:-0.19 3:-0.1 8:-0.17 9:0.17 11:0.15 12:0.26 13:0.1
u:auditorium 4:0.13
u:august 7:-0.16 12:-0.13
u:average 7:0.11
u:away 0:0.1 8:0.11 9:0.14
u:back 0:-0.14 5:0.4 7:0.2 8:-0.16 9:-0.13 10:-0.3 12:-0.33
u:bad 11:-0.13 12:-0.23
u:bag 0:0.14 5:-0.15 12:0.34
u:bags 11:-0.24
u:baked 5:0.1
u:bakery 3:0.1 5:0.18 12:0.15
u:band 1:-0.19
u:bang 7:0.11
u:bank 5:-0.23 8:0.15 9:-0.16
u:banking 5:0.12
u:banks 0:0.11 5:0.11 6:-0.1
u:bar 1:0.22 2:-0.14
u:barber 5:0.18
u:barely 12:-0.23 13:-0.13
u:bargain 4:0.17
u:basically 7:0.13
u:basket 5:-0.1
u:bath 10:-0.18
u:bathrooms 3:0.18
u:battery 12:0.13
u:be 1:-0.22 4:0.1 5:-0.14 6:0.13 9:-0.23
u:beautifully 12:-0.14
u:because 5:-0.12 7:-0.35 8:0.13 10:0.19 11:0.1 12:-0.2 13:-0.12
u:bed 0:-0.12 5:0.13 6:-0.11 11:0.13
u:bedroom 5:-0.15
u:beef 12:-0.15
u:been 1:-0.13 3:0.11 4:-0.26 5:-0.17 6:0.21 7:-0.17 8:0.12 10:-0.3 13:-0.35
u:before 0:0.12 1:-0.1 2:-0.11 5:-0.17 7:0.33 9:0.18 10:0.29 13:0.3
u:beforehand 6:0.16
u:behind 0:0.11
u:being 0:0.1 5:-0.22 6:-0.16 7:-0.29 8:-0.26
u:bell 0:0.11
u:benefit 1:0.14
u:best 0:-0.12 2:-0.22 3:-0.25 4:0.1 5:0.3 7:-0.15 11:0.27 12:0.59
u:better 2:0.14 9:0.18 12:0.28
u:between 0:0.21 1:-0.17 7:-0.16
u:beyond 5:-0.11
u:bien 5:0.14
u:big 2:0.18 5:-0.11 8:-0.1 11:0.19
u:bike 0:0.13 7:0.12 12:0.1
u:bill 1:0.22 2:-0.24 4:0.36 5:-0.12 6:0.47 8:-0.16
u:bin 0:-0.15 1:-0.12 5:0.14 12:0.12 13:-0.19
u:bins 2:-0.1 3:0.18 5:0.37 10:-0.21 12:-0.21
u:bird 5:0.18 12:0.14
u:birthday 1:-0.11
u:bit 0:-0.11 4:0.18 6:-0.24 8:-0.14 9:0.29 12:0.1
u:bits 7:0.1
u:bitter 5:0.12
u:black 5:0.11
u:blind 0:-0.11
u:bloke 0:-0.12 1:0.34
u:blood 2:0.25 4:0.12 11:-0.14
u:blow 12:-0.12
u:blue 2:0.12
u:board 6:0.11
u:boards 5:0.12 10:0.13 11:-0.15
u:bob 5:0.12
u:boiler 3:0.11 5:-0.11
u:boilers 0:0.17
u:bone 12:0.31
u:book 4:-0.11 7:-0.13
u:booked 0:0.29 3:0.12 5:0.36 7:0.14 12:0.17
u:booking 0:0.13 2:-0.11 5:-0.11 6:0.15 7:0.16 8:0.11 13:0.21
u:books 4:0.22 5:-0.12 9:0.11 11:0.11
u:booth 3:0.12
u:boots 12:0.16
u:bot 6:0.13 13:-0.17
u:both 0:-0.13
u:bottle 11:0.15
u:bought 5:0.39
u:box 4:-0.11 5:0.11 13:0.12
u:boxes 12:-0.13
u:boy 8:-0.22
u:brakes 2:0.2 9:-0.21
u:branch 3:0.11 5:-0.27 7:0.26 8:0.12 9:-0.25
u:branches 13:-0.13
u:brand 0:0.17 5:0.24 7:0.15 10:0.1 12:0.14
u:bread 5:0.14 12:-0.23
u:break 5:-0.1
u:breakdown 0:0.11
u:breakfast 4:0.15 5:0.35 8:0.2 12:0.15
u:bridal 8:0.2
u:brides 13:0.11
u:brilliant 6:0.14 9:0.18
u:broadband 5:0.23 7:-0.14 9:-0.15 11:-0.13 12:0.15
u:broadly 13:0.15
u:broken 0:0.26 10:0.19 12:-0.15
u:brought 5:-0.12 8:0.14 10:0.15
u:brown 7:-0.12
u:brows 5:0.13 8:-0.14
u:budget 11:0.26
u:builder 0:0.11 1:-0.12 6:0.12 7:-0.14
u:builders 11:0.12
u:building 5:-0.11
u:bulb 2:0.1
u:burger 5:0.11 12:0.16
u:burgers 10:-0.14
u:burnt 5:0.22 12:-0.15
u:bus 1:0.13 5:-0.22
u:busy 1:0.21 5:-0.11
u:but 0:0.14 1:0.37 2:0.21 3:0.19 4:0.27 5:0.32 6:0.11 7:-0.21 8:0.36 9:-0.12 10:-0.2 11:-0.36 12:0.25
u:butcher 5:0.13
u:button 8:-0.1
u:buy 6:-0.12 11:-0.16
u:buying 11:0.1
u:by 0:0.47 3:0.2 4:0.12 5:-0.13 7:0.17 9:0.22 10:-0.14 12:-0.11 13:0.1
u:cabinet 5:0.11 12:0.12
u:caf 1:-0.11 3:0.13 5:0.18 10:-0.19
u:cafe 5:-0.19
u:cake 5:0.3 12:0.11
u:call 2:-0.17 5:-0.18 6:0.17 8:-0.11
u:callback 7:0.12
u:called 13:0.31
u:calling 1:0.21 8:-0.13
u:calm 0:0.11 1:-0.16
u:came 3:0.18 4:-0.14 9:0.23
u:can 0:-0.12 6:0.1 9:0.13 11:0.2 13:0.28
u:cancelled 1:-0.14 4:-0.14 5:-0.12 6:0.33 7:-0.12 13:-0.23
u:canned 6:0.1
u:cant 0:0.17 4:0.23 8:0.14 9:-0.16 11:0.41 12:0.18
u:canteen 0:-0.12
u:car 0:0.21 2:-0.18 3:0.27 5:-0.14 6:-0.11 7:-0.12 13:-0.21
u:card 0:0.12 1:0.22 5:-0.18 8:0.31
u:care 5:0.1 12:0.15
u:careful 5:0.15 8:0.1
u:carpet 3:0.11 5:0.14
u:carried 1:0.16 12:0.11
u:carrier 11:-0.27
u:cashier 5:-0.16 8:-0.29 9:-0.13
u:cast 5:0.12
u:cat 8:0.12 12:0.14
u:ceiling 10:0.14
u:centre 1:0.16 3:0.1 6:-0.11 7:-0.13 13:-0.14
u:centres 5:0.14
u:chains 1:0.11 8:-0.11
u:chair 1:0.12 8:-0.15
u:change 1:0.15 5:-0.12 6:-0.21 8:0.19 10:0.11
u:changed 13:-0.22
u:changes 11:0.1
u:changing 3:0.22 6:-0.13 10:-0.15 11:0.13
u:chap 1:0.12 2:0.18
u:charge 0:-0.16 1:0.12 2:-0.1 4:0.42 5:-0.12 6:0.33 11:-0.36 13:-0.21
u:charged 3:0.1 4:0.6 5:0.12 11:-0.27 13:-0.16
u:charges 1:-0.1 2:0.23
u:chase 2:-0.1
u:chat 0:0.11 1:0.18 6:0.18 13:-0.32
u:chatbot 6:0.16 13:-0.13
u:chatty 12:-0.1
u:cheap 2:-0.14 4:0.44 6:-0.13 11:0.52 12:-0.13
u:cheaper 2:0.12 4:0.13 9:0.18
u:cheapest 4:0.11 7:0.12 11:0.27
u:check 0:0.24 6:0.11 9:0.29 12:-0.18 13:0.13
u:checked 2:0.24
u:checking 1:0.15
u:checkout 0:0.22 2:-0.1 4:0.13 5:-0.13 6:0.26 7:-0.16 11:-0.17 13:-0.17
u:checkouts 0:0.11
u:cheerful 4:0.17 5:0.11 12:-0.11
u:cheese 3:0.11
u:chef 5:0.21 8:0.14 10:-0.14 11:-0.14 12:0.11
u:cheque 9:-0.1
u:chewing 1:-0.15
u:chicken 8:0.12 12:-0.13
u:children 0:-0.15 5:0.16
u:childrens 3:0.11
u:chipped 8:0.1 12:-0.16
u:chips 1:-0.1 2:-0.1 3:-0.14 5:0.42 11:0.16 12:-0.29
u:choose 12:0.12
u:christmas 1:-0.22 6:-0.14
u:chucked 5:0.11 12:-0.12
u:circles 13:-0.1
u:claim 6:0.12
u:class 9:0.14
u:clean 2:-0.15 3:0.57 6:-0.22 10:0.34 11:-0.14 12:-0.12
u:cleaned 0:-0.11 3:0.16 10:0.12 11:-0.14
u:cleaner 3:0.26 5:0.22 7:-0.13 10:0.29
u:cleaners 8:-0.12
u:cleaning 1:-0.1 4:-0.11 10:0.11
u:cleanliness 1:-0.12 6:-0.14 10:-0.14
u:cleans 10:-0.14
u:clear 2:-0.11 6:0.24 13:0.31
u:clearly 1:0.17 2:0.21 6:0.17 12:-0.19 13:0.16
u:clients 0:-0.11 11:-0.15
u:clinic 0:0.14
u:clippings 3:0.1 10:-0.19 12:0.19
u:closing 5:-0.13
u:cloud 12:0.1
u:club 5:0.11 12:-0.15
u:clubs 5:0.13
u:clueless 2:0.19 9:-0.14
u:clutch 3:0.11
u:coach 9:-0.11
u:coaches 12:-0.1
u:coat 0:-0.11 5:0.2
u:cocktails 4:0.12 11:0.21
u:code 13:-0.15
u:coffee 2:-0.15 5:0.21 6:-0.12 10:-0.16
u:cold 1:0.19 2:-0.14 3:-0.11 5:0.52 7:-0.24 11:-0.12 12:-0.21
u:collar 12:-0.19
u:collected 5:-0.13
u:collection 1:-0.15 3:0.18 7:-0.1 12:0.16 13:-0.16
u:collections 6:0.12
u:colour 1:0.11 2:0.11 9:0.11
u:come 0:0.13 4:-0.12 5:0.11 11:0.12
u:coming 5:0.16 7:-0.11 10:-0.11 11:0.11
u:comment 0:-0.1 1:0.12
u:commenting 10:0.2
u:comments 3:0.1
u:committee 12:-0.1
u:communication 6:0.12 13:-0.23
u:company 3:-0.14 5:0.24 12:-0.28
u:companys 6:0.11
u:compared 7:0.14
u:complain 3:0.1 10:0.16
u:complained 6:0.1
u:complaining 7:-0.21 13:0.15
u:complaint 8:-0.1 12:0.17
u:complaints 0:0.21 4:-0.15 5:0.12 6:0.24 10:0.14 12:0.13
u:completely 12:0.11
u:complimentary 3:0.13 4:-0.19
u:computers 5:0.11 12:-0.11
u:confirmation 6:0.19
u:confusing 6:0.17 13:-0.34
u:consensus 12:-0.11
u:consistently 12:-0.13
u:constantly 5:0.17 12:-0.25
u:contract 1:0.1 5:-0.12 9:-0.14
u:conversation 8:-0.12
u:cooked 5:0.1 12:0.1
u:cooking 5:0.11
u:coordinator 5:0.22
u:corner 2:-0.16
u:corners 0:0.11
u:cost 0:-0.1 1:-0.13 4:0.23 11:-0.17
u:could 1:-0.18 2:0.6 4:-0.14 5:-0.23 10:-0.13 11:-0.22 13:0.15
u:couldnt 2:0.11 5:-0.15 6:-0.14 7:0.1 9:-0.2 10:0.11 11:0.1 13:0.14
u:couldve 3:0.1 10:0.2
u:council 0:0.17 1:-0.11 7:-0.15 12:0.17
u:councils 2:-0.11 6:0.18 13:-0.15
u:counter 0:0.19 1:0.29 5:-0.11 6:-0.25 10:0.14
u:courier 0:0.17 2:-0.12 5:0.13 7:0.25 8:-0.14 12:-0.11
u:course 2:0.11 5:0.13 7:-0.16
u:courses 5:0.11 11:0.16 12:0.14
u:cover 2:0.1
u:covered 12:0.12
u:cowboy 4:0.11 6:0.1
u:cracked 5:0.16
u:cracking 12:0.11
u:crashed 0:0.13
u:cream 5:0.14
u:credit 5:0.17 6:0.11 13:0.1
u:crept 11:-0.1
u:crew 0:0.17 7:0.12 10:0.14
u:crisps 5:-0.19 11:0.19
u:croissants 5:0.25
u:crumbs 3:0.11 5:-0.15
u:curry 5:0.18 7:-0.12 8:-0.12
u:curt 8:-0.14
u:customer 0:-0.13 8:-0.11 10:-0.11 11:-0.11 12:-0.12 13:-0.12
u:customers 5:-0.17 6:0.33 8:-0.14 10:0.1 12:-0.2
u:cut 2:0.15 3:0.16 10:-0.15 11:0.11 12:0.12
u:dad 5:-0.12
u:daily 13:0.12
u:damage 6:0.11 12:0.11
u:dark 0:0.17
u:das 5:0.1
u:date 13:0.12
u:dates 6:0.14
u:daughters 5:0.13
u:day 0:0.19 2:-0.36 5:0.27 6:0.34 7:-0.13 8:0.1 12:-0.2
u:daylight 0:-0.13
u:days 0:0.54 2:-0.34 4:-0.14 6:0.1 7:0.14 11:-0.16 12:-0.18
u:dead 5:-0.12 11:0.12
u:deadlift 2:0.1
u:deal 5:-0.13 11:0.21 12:0.13
u:dealer 5:-0.11 9:0.13 11:0.13
u:dealt 0:0.18 10:0.12
u:dear 4:0.14 11:-0.23
u:debit 4:0.1
u:decent 11:0.18 12:0.12
u:deep 5:0.12 10:-0.15
u:delay 6:0.11 7:0.18 13:0.15
u:delivered 1:0.16 2:-0.1 5:0.19 6:0.22
u:delivery 0:0.28 2:-0.14 3:-0.13 5:0.2 6:0.34 7:-0.31 11:-0.19 13:-0.24
u:dent 5:0.12
u:dental 0:0.16
u:dentist 6:0.1 11:0.1
u:depending 2:0.13 6:-0.11
u:depends 2:0.11
u:deposit 4:-0.13 6:0.16 12:0.16
u:depot 7:-0.13
u:described 1:0.18 2:0.15 4:0.12 5:0.12 6:0.16 10:0.2 12:0.22
u:describing 1:0.11
u:desk 1:0.27 3:0.15 6:-0.28 9:-0.17
u:diagnosed 9:0.14
u:diagnostic 5:-0.14
u:did 0:0.18 8:0.17 11:0.11 12:0.14
u:didnt 1:0.2 2:0.27 7:0.34 9:-0.2 10:0.15 11:0.36
u:died 1:0.12
u:different 1:-0.18 2:0.41 9:-0.32
u:dinner 0:0.1 6:0.13
u:direct 4:0.11
u:dirty 1:0.1 8:-0.12 10:-0.21
u:discount 4:0.12 11:0.13
u:discussed 5:0.17
u:discusting 3:0.12 10:-0.11
u:dish 5:0.1
u:dismissive 8:-0.12
u:do 2:0.14 3:0.15 6:0.12 9:0.14
u:doc 8:-0.12
u:doctor 0:-0.13 6:0.28
u:doctors 9:0.15 11:-0.13
u:does 5:-0.17
u:doesnt 13:-0.31
u:dog 1:0.14 3:0.13 8:0.14 12:0.1
u:dogs 5:0.19
u:doing 1:-0.11 5:0.2 7:-0.12 8:-0.13 9:0.17
u:dominated 0:0.16
u:done 5:0.14 7:0.18 12:0.16
u:dont 3:-0.1 4:0.22 5:-0.19 7:0.13 11:0.24 12:0.14
u:door 2:-0.19 6:0.12 7:0.19
u:doors 7:-0.14
u:double 5:0.14 9:0.11
u:doubled 4:0.12
u:down 0:0.14 2:-0.22 3:0.16 7:0.11 10:0.15 12:-0.25 13:0.22
u:downhill 1:0.12
u:downright 7:-0.11
u:dr 2:0.14 9:0.19
u:dragon 8:-0.22
u:drain 0:0.13
u:draw 13:0.12
u:drew 2:0.1
u:drink 11:0.16
u:drinks 8:-0.14 12:0.16
u:drive 3:0.21 12:0.19
u:driver 0:0.13 1:0.44 5:0.13 7:0.22
u:drivers 0:0.15 6:0.14 7:-0.15
u:driving 5:-0.11
u:dropped 7:0.37 10:0.22 13:0.16
u:dropping 5:0.17 12:-0.11
u:drops 5:0.17 12:-0.12
u:drove 5:0.13
u:dry 3:-0.15 4:-0.11 5:0.26
u:dryers 10:0.19
u:dublin 11:-0.29
u:due 6:0.17 12:0.11 13:-0.11
u:dunno 11:0.11
u:dust 3:0.25 10:0.2
u:e 0:0.23 7:-0.27
u:each 1:0.15 2:-0.19 6:0.5
u:ear 5:0.11
u:early 2:0.12 11:-0.11 12:0.12
u:earth 11:-0.16
u:easy 0:0.17 6:0.13 7:0.19
u:eat 5:0.12 8:0.11
u:eaten 3:0.11
u:eggs 8:0.16
u:eight 0:0.29 2:0.13 4:0.12 5:-0.11
u:elderly 1:0.22
u:electric 12:-0.11
u:electrician 0:0.12 5:-0.15 7:-0.11 9:0.12 10:0.15 13:0.1
u:eleven 0:0.17 1:-0.13 7:-0.11
u:else 8:-0.15 11:0.24
u:elses 2:0.22 3:0.21 9:-0.13 10:-0.14 12:-0.1
u:elsewhere 1:0.1
u:email 1:-0.23 2:-0.12 5:-0.17 6:0.28
u:emailed 2:-0.15 5:0.11 6:0.3 12:-0.16 13:0.2
u:emails 0:-0.23 4:-0.15 6:0.49 12:0.1 13:-0.28
u:emergency 7:-0.21
u:encouraging 5:0.11
u:end 1:0.1 6:-0.1 7:-0.15 11:0.22
u:ended 7:-0.16 9:-0.1
u:ends 12:0.26
u:energy 0:0.1 5:-0.14 7:0.11
u:engineer 1:-0.11 2:0.14 3:0.11
u:engineers 3:-0.11
u:english 0:-0.15 6:0.14 9:0.11 13:0.24
u:enough 2:0.13
u:entirely 3:0.11 11:0.19
u:entitled 4:0.1
u:entry 5:0.11
u:equipment 0:0.13 4:0.11 10:0.11
u:especially 0:-0.1
u:estate 6:0.12
u:even 0:-0.14 1:0.18 3:0.13 5:-0.2 7:0.21 8:0.45 9:0.14 10:0.23 13:0.11
u:evening 5:0.1
u:eventually 0:-0.16 5:0.16 8:-0.11
u:ever 0:0.18 6:0.15 10:-0.2 11:0.18
u:every 3:0.21 6:0.16 8:0.13 9:0.14 10:0.25 11:-0.15 13:0.42
u:everyone 1:0.13 5:-0.14 8:0.19 10:0.17
u:everything 3:0.13 5:0.27 6:0.2 7:0.14 9:0.1 10:0.21 12:0.27 13:0.32
u:everywhere 3:0.25 10:-0.19
u:evrything 6:0.12
u:exactly 0:0.18 2:0.17 5:0.15 7:0.3 9:0.54 11:0.22 12:0.29 13:0.44
u:excellent 2:0.13 5:0.12 9:0.14 12:0.1
u:expected 7:-0.1 12:-0.22
u:expecting 7:0.16 11:0.12
u:expensive 4:0.1
u:experience 1:-0.1 6:-0.13
u:expert 2:0.14 9:-0.22
u:explain 1:-0.18 2:0.11 6:0.32 13:0.14
u:explained 1:0.29 4:-0.24 6:0.42 9:0.23 13:0.73
u:explaned 6:0.16 13:0.11
u:express 0:0.33 5:-0.19 7:-0.24
u:extra 0:0.2 2:-0.17 5:0.17 7:-0.25
u:eye 0:-0.1 4:0.11
u:eyes 6:-0.1 8:-0.12
u:fab 1:0.23 8:0.22
u:fade 12:0.24
u:failed 13:0.18
u:fair 0:0.13 1:0.21 4:0.25 5:0.23 8:0.12 11:0.46 13:0.17
u:families 0:-0.12 10:0.13
u:family 11:0.12
u:fan 10:0.14
u:fantastic 7:-0.21 11:-0.26 12:-0.13
u:far 8:-0.1
u:fare 2:0.15 9:0.12
u:fast 0:0.23 7:0.36 11:-0.15 12:-0.11
u:faster 12:0.11
u:fault 5:0.1 7:0.13
u:faultless 6:0.11
u:faults 2:0.14 9:0.13
u:faulty 9:0.12
u:fed 11:-0.17
u:fee 4:0.52 5:-0.2 6:0.23 11:-0.44 13:-0.11
u:feed 2:0.11
u:feel 0:-0.18 1:0.15
u:fees 0:0.11 4:0.4 5:-0.12 11:-0.27
u:feet 8:0.12
u:fell 5:0.17 12:-0.2
u:felt 1:0.1 4:0.17 5:-0.18 8:-0.14 11:-0.25
u:few 5:0.1
u:fewer 6:0.1
u:fibre 9:-0.14 12:-0.15
u:fifty 7:-0.11
u:filled 1:0.12
u:film 5:0.13 12:0.16
u:filthy 0:-0.15 3:0.23 10:-0.29
u:final 5:-0.14 13:-0.14
u:finally 0:0.13 5:0.13 7:-0.22 9:0.36 10:0.43 13:0.17
u:find 1:-0.2 7:0.14 10:-0.14 11:-0.16 12:-0.11 13:-0.32
u:finding 6:0.12
u:fine 1:-0.29 2:0.15 3:-0.15 5:-0.33 6:-0.24 8:-0.15
u:fines 4:0.12
u:finished 6:-0.17 8:-0.18
u:first 2:0.22 3:-0.11 5:-0.13 7:0.12 8:0.17 9:0.28 12:0.12 13:0.25
u:fish 3:-0.13 5:0.2 12:0.16
u:fit 7:-0.22
u:fitted 5:0.19 7:0.13 10:0.22 11:-0.11
u:fitter 1:0.14
u:fitting 0:0.12 5:-0.1 7:0.12
u:five 0:0.35 5:0.19 7:-0.26 8:-0.12 12:0.13 13:-0.12
u:fiver 11:0.38 12:0.15
u:fix 0:0.12 3:-0.1 12:0.13
u:fixed 0:0.18 4:0.15 7:0.21 11:0.15 12:0.12
u:flat 0:-0.1 3:-0.12 5:0.1 11:0.17
u:flea 11:-0.14
u:floor 3:0.44 4:-0.15 5:-0.19 10:-0.44 11:0.15 12:0.17
u:floors 3:0.11
u:florist 5:0.15 6:0.1
u:fly 0:0.15 11:-0.29
u:focus 4:0.1
u:follow 6:0.17
u:following 0:0.22 7:-0.24
u:food 2:-0.16 5:0.66 6:-0.19 8:-0.11 10:-0.18 11:-0.2 12:0.26 13:0.12
u:for 3:-0.16 4:0.16 7:-0.68 11:-0.19 12:-0.31 13:-0.33
u:forgive 8:0.14
u:forgot 5:0.22 12:-0.17
u:form 2:0.32 5:-0.11 13:0.12
u:fortnight 0:0.12 5:0.22 12:-0.4
u:forty 0:0.13 2:0.14 7:-0.2 9:0.13 13:-0.17
u:found 0:-0.14 1:0.15 2:0.25 3:0.23 7:-0.11 8:-0.21 12:0.1 13:-0.18
u:four 0:0.2 1:0.19 5:0.21 6:0.25 7:-0.26 8:-0.1
u:fourteen 0:0.15 6:0.15
u:foyer 10:0.17
u:fr 5:0.1 12:0.14
u:fraud 0:0.2
u:free 4:-0.19 5:-0.18 7:0.22 8:0.13 11:0.23
u:fresh 0:-0.13 3:0.21 10:0.3
u:friday 0:0.16 5:0.11
u:friendly 0:0.19 1:0.61 2:0.19 3:0.21 8:0.17 9:-0.11 11:0.11
u:from 7:0.24 11:-0.26 13:-0.15
u:front 3:0.19 5:0.18 9:-0.12 10:-0.19 12:-0.13
u:frozen 5:0.16 12:-0.14
u:frustration 1:0.15 2:-0.12 4:0.16
u:full 0:-0.21 1:-0.16 2:-0.11 4:0.16 5:0.22 6:0.15 9:-0.14 11:0.19
u:fully 1:0.1
u:fuming 7:-0.12
u:fuse 1:0.14 5:0.1
u:g 5:0.11
u:garage 1:-0.13 2:0.18 6:0.2 9:0.19
u:garages 5:-0.1 9:0.1
u:garden 1:-0.1 3:0.19
u:gardener 1:-0.1 12:0.12
u:gate 1:0.11 8:-0.17
u:gave 0:0.11 2:0.25 4:-0.12 9:-0.34 13:0.16
u:gem 1:0.18 8:0.16 11:0.13
u:general 4:-0.1
u:gentle 6:0.1
u:genuine 1:-0.14 5:0.18
u:genuinely 2:-0.13 3:0.12 12:0.19
u:get 1:-0.2 2:0.14 3:-0.13 6:-0.16 10:0.12 12:-0.15 13:-0.24
u:gets 11:-0.17
u:getting 0:0.23 6:0.12 9:0.16 13:-0.15
u:girl 1:0.13
u:girls 8:0.18
u:give 5:0.24 6:0.1 8:0.11 13:-0.11
u:given 2:0.14
u:giving 2:0.14
u:glad 12:0.12
u:glass 3:0.1 5:-0.11
u:glasses 4:-0.13
u:glaucoma 2:0.13 9:0.1
u:gleaming 10:0.14
u:go 1:-0.21 2:0.29 12:-0.23
u:godsend 0:0.1 7:0.11
u:goes 0:0.11 7:-0.16
u:going 2:-0.11 3:0.19 5:0.11 12:0.11
u:gone 0:0.17 1:0.14 2:0.14 6:-0.15 10:0.17 11:-0.16 12:0.18
u:good 0:-0.16 2:-0.15 5:0.27 8:0.11 9:0.11 12:0.23
u:googled 9:-0.15
u:gorgeous 5:0.32 12:0.34
u:got 1:0.12 3:-0.11 4:0.13 12:-0.16
u:gp 0:0.14 2:0.14 5:-0.2
u:gps 2:0.11
u:gr 5:0.19 12:0.14
u:grate 12:0.13
u:greasy 3:0.11
u:great 2:-0.15 5:0.1 6:-0.11 7:-0.12 10:-0.14 12:0.17 13:-0.11
u:grey 5:0.18 12:-0.13
u:grim 3:0.26 5:-0.16 10:-0.25
u:gripe 3:0.13 7:0.12
u:gristly 12:-0.11
u:groomer 12:-0.11
u:group 4:0.16 5:-0.12 9:-0.11 10:0.23
u:groups 12:-0.11
u:grout 5:0.15
u:grubby 10:-0.16
u:grumpy 1:0.1 8:-0.11
u:guard 2:0.11 5:-0.11
u:guess 1:-0.11 5:-0.11
u:guests 3:0.11 10:-0.31 13:-0.21
u:guide 5:0.12
u:gum 1:-0.13
u:gums 0:-0.12 5:0.13 12:-0.11
u:guy 2:0.32 6:-0.21 7:0.13
u:gym 0:0.12 4:-0.12 7:-0.1
u:gyms 5:-0.11 9:-0.1
u:had 1:0.13 2:0.11 7:0.19 9:-0.11 11:-0.11 13:-0.15
u:hadnt 2:0.12 6:0.12 13:-0.17
u:hair 3:0.27 10:-0.22
u:haircut 1:0.13 5:0.18
u:hairdresser 0:-0.12
u:half 2:0.21 7:0.18 9:-0.19 11:0.15 12:-0.27 13:-0.16
u:halfway 0:0.1
u:hall 0:-0.11
u:halls 3:0.12
u:halved 12:0.12
u:hand 3:0.13 5:-0.2 10:0.13
u:handed 12:0.13
u:handling 6:0.17 13:-0.1
u:handset 2:0.15 9:0.11
u:handwritten 1:0.18
u:handy 13:0.1
u:happening 2:-0.12 6:0.17
u:happily 11:0.1
u:happy 4:0.16 11:0.32
u:hardly 12:0.13
u:has 5:0.26 6:0.12 7:0.19 9:0.21 11:-0.18 12:0.26 13:-0.2
u:hasnt 2:0.1 5:0.17 6:-0.17 12:0.14
u:hate 1:0.14
u:have 1:-0.11 3:0.29 8:-0.19 11:-0.27 12:-0.18
u:havent 5:0.14
u:having 4:0.12 8:-0.14 11:-0.12
u:he 1:0.15 3:0.16 4:0.12 8:0.35 9:0.11 10:0.21 11:-0.15 12:0.16 13:0.13
u:head 1:-0.15 5:-0.11 6:-0.12 12:-0.15
u:headache 5:0.12
u:headaches 9:-0.14
u:headphones 12:0.13
u:headsets 2:-0.1 6:0.19 13:0.29
u:hear 6:0.12
u:heard 6:0.16 13:-0.12
u:hed 1:0.18 2:-0.1 6:0.13 7:0.16 8:0.18
u:hedge 5:0.11 12:0.24
u:held 1:0.15 8:0.14
u:hello 1:0.11
u:help 1:0.19 2:0.1 5:-0.12
u:helpful 1:0.21 6:-0.11 8:0.17 13:-0.1
u:helpline 1:0.12 7:-0.12 8:0.14
u:her 1:0.42 2:0.17 6:-0.28 7:-0.16 8:-0.12 9:0.18 12:-0.11
u:here 2:-0.12 3:-0.11 4:0.12 6:-0.22 7:0.25 10:0.11 11:0.15
u:hes 0:-0.14 1:0.11 2:0.26 5:0.13 9:0.15 11:0.2
u:high 4:0.2 11:-0.19
u:higher 10:-0.15 11:-0.18
u:highly 6:-0.1
u:him 1:0.17
u:himself 3:0.13 5:0.15 7:0.1 12:0.24
u:hinge 12:-0.11
u:hip 11:-0.14
u:his 0:-0.22 1:0.47 2:0.24 8:-0.44 9:0.14 11:-0.23
u:hold 0:0.78 1:-0.19 5:-0.15 6:-0.15 7:-0.16
u:holder 3:0.1
u:hole 1:0.11 8:-0.1
u:holiday 0:0.12
u:home 0:-0.14 1:-0.28 5:0.3 6:0.28 9:-0.1 12:0.18
u:honest 1:0.2 2:0.11 9:0.31 13:0.12
u:honestly 0:-0.2 1:-0.1 3:-0.13 4:0.23 10:0.17 12:0.12 13:0.11
u:hoovered 3:0.16 10:0.34 12:0.11
u:hospital 0:-0.12 1:-0.16 11:-0.22
u:hot 7:0.16
u:hotel 3:0.11
u:hour 0:0.43 2:-0.26 3:0.14 4:0.31 5:-0.12 6:-0.11 10:0.34 12:0.2 13:0.41
u:hours 0:0.2 1:-0.17 5:-0.21 6:0.21 7:-0.36 11:-0.25 13:-0.41
u:house 1:0.11 4:0.11 5:-0.12
u:housekeeping 3:0.11
u:how 0:-0.11 4:-0.33 7:-0.12 8:0.19 10:0.16 11:0.12 12:-0.14 13:0.16
u:however 1:0.15 3:0.13 5:0.21 7:0.11
u:hrs 0:0.44 7:-0.28
u:human 6:0.11
u:husband 0:-0.11 1:0.17 8:-0.2
u:husbands 13:0.1
u:hygiene 3:0.16 10:-0.2
u:i 4:-0.11 5:-0.23 7:-0.13 9:-0.25 10:-0.13 11:0.11 12:0.15
u:ibuprofen 9:0.11
u:id 0:0.19 7:0.11 9:0.21 10:-0.15 11:0.34 13:0.12
u:if 0:-0.38 1:0.15 2:0.12 3:-0.14 6:-0.19 8:-0.2 9:-0.12 10:-0.37 13:0.19
u:ignored 0:0.11 7:-0.1 12:0.11
u:ill 0:0.13 4:0.14 5:-0.16 8:0.16 11:-0.12
u:im 1:-0.1 4:0.15 7:-0.14 10:-0.14 12:-0.16 13:-0.16
u:immaculate 3:0.28 10:0.48 12:0.16
u:immediately 11:-0.14
u:impossible 10:0.11
u:impressed 0:0.27 7:0.31
u:in 0:0.29 1:-0.34 2:0.14 4:-0.11 5:-0.11 7:0.32 9:0.15 11:-0.11 12:0.16
u:included 6:0.14
u:info 1:0.1
u:information 2:0.23 6:-0.16
u:informed 6:0.13
u:injury 11:-0.11
u:inside 2:0.16 5:0.17 7:0.12 8:-0.12 11:0.18
u:inspection 0:-0.1 5:0.13 12:0.18
u:installation 6:0.11
u:instead 7:0.17 9:0.13 13:0.17
u:instructions 6:0.17
u:instructor 1:0.23 5:-0.16 6:-0.1 7:0.11
u:instructors 2:0.13 3:0.1
u:insurance 9:-0.13
u:interior 0:0.1 3:0.13 11:0.17
u:interrupting 8:-0.11
u:into 1:0.12 5:-0.14 6:-0.11
u:invites 6:0.16 13:0.14
u:invoice 4:0.13
u:is 1:0.15 2:-0.29 4:0.27 5:0.23 6:-0.15 10:0.15 11:-0.17 12:0.36 13:-0.16
u:isa 2:0.21 9:-0.22
u:isnt 5:0.22 11:-0.19
u:it 2:0.11 3:0.21 5:0.16 6:-0.14 8:0.54 12:-0.52 13:0.16
u:itd 7:0.17
u:its 1:0.13 2:-0.21 6:0.18 7:-0.35 8:-0.23 11:0.26
u:itself 0:0.21 3:0.14 4:0.12 5:0.29 8:-0.11 12:0.32
u:ive 2:-0.11 4:-0.1 5:-0.14 6:0.14 10:-0.24
u:jacket 5:0.14
u:jacuzzi 12:-0.14
u:jam 5:0.11
u:january 2:0.1
u:jargon 5:-0.12 6:0.1
u:job 2:-0.18 5:0.14 6:0.16 10:0.11 11:-0.2 13:-0.12
u:joke 11:-0.12
u:jumpers 1:-0.18
u:june 13:-0.14
u:just 2:-0.12 3:-0.24 5:-0.11 8:-0.3 9:-0.14 12:-0.38
u:kebab 5:0.18
u:keep 0:-0.15 5:0.16 7:-0.13 8:0.18 10:-0.11 12:-0.27 13:-0.13
u:kept 0:0.27 1:0.27 2:-0.13 5:0.13 6:0.38 9:-0.13 13:-0.19
u:kettle 5:0.12 6:0.15 12:-0.16 13:0.19
u:kidney 8:0.14
u:kids 1:-0.11 4:0.2 5:0.15 10:0.11 11:0.19 12:0.16
u:kind 1:0.32 5:-0.14 8:0.23 13:0.13
u:kit 12:-0.11
u:kitchen 4:-0.12 10:0.13
u:knee 2:0.12 11:-0.16
u:knew 1:-0.19 2:0.65 3:-0.11 4:-0.11 6:-0.19 9:0.51 11:0.15 12:0.33
u:knocked 0:0.15 4:0.15 11:0.18
u:know 0:-0.14 4:0.18 6:0.13 9:0.23 11:-0.11 13:0.21
u:knowing 2:-0.12 6:0.1
u:knowledgable 2:0.11 5:0.11
u:knowledge 5:-0.11
u:knowledgeable 2:0.28 9:0.17 13:-0.13
u:knows 2:0.32 9:0.22
u:la 1:0.16 5:0.13 7:-0.1 12:0.14
u:lad 0:-0.12 1:0.2 2:0.35 7:0.11 9:-0.21 12:-0.1
u:lads 0:0.12 1:0.22 8:0.12
u:lady 1:0.32 2:0.12 5:-0.39 6:-0.15 7:0.12 8:0.11 13:0.17
u:lamb 5:0.16
u:landlord 1:0.1
u:language 13:-0.1
u:laptop 7:0.2
u:lasagne 5:0.1
u:last 5:-0.19 6:-0.11 8:0.18 9:0.12 10:-0.14 12:-0.33 13:-0.16
u:lasts 12:0.16
u:late 1:-0.19 2:-0.11 6:0.49 7:-0.37 11:0.13 13:-0.19
u:later 0:-0.21 1:-0.12 2:0.3 7:-0.12 9:-0.27
u:laugh 4:0.15 6:-0.12 11:-0.14
u:laundrette 5:-0.12 10:0.14
u:layout 0:-0.16
u:leak 0:0.14 5:0.24 12:0.2
u:leaned 8:-0.15
u:leather 5:0.1 12:-0.14
u:leaves 10:-0.17
u:leaving 1:-0.21 3:0.17 10:-0.12
u:lecture 1:0.11
u:left 1:-0.14 2:-0.22 3:0.41 5:0.13 7:-0.13 9:0.11 13:-0.11
u:legend 1:0.16 7:0.11 8:0.29
u:legroom 5:0.11
u:leisure 5:-0.1
u:lenses 5:-0.13
u:less 1:0.1 4:0.19 6:0.13
u:let 6:0.12 13:0.13
u:letter 2:-0.15 5:-0.2 6:0.29 13:-0.28
u:letters 2:-0.18 5:-0.14 6:0.6 13:-0.44
u:letting 6:0.12 13:-0.13
u:library 3:0.14 8:0.16 10:0.11 12:-0.12
u:life 5:0.15 12:0.13
u:lifeguard 8:-0.16
u:like 0:-0.25 1:0.3 2:-0.28 4:-0.12 5:0.47 6:-0.12 7:0.32 8:-0.2 10:-0.14 11:0.12 13:0.11
u:liked 13:0.12
u:line 0:0.11 4:-0.14 5:0.25
u:link 0:-0.14 6:0.27 13:-0.15
u:list 1:-0.11 4:-0.1 11:0.14
u:listened 1:-0.15 6:0.3 11:0.1 13:0.25
u:lit 5:-0.1
u:little 0:-0.12 2:0.14 4:0.21 9:0.18
u:loads 0:-0.11 5:0.1
u:loan 7:-0.15
u:local 5:0.12 7:0.11 12:0.18
u:lockers 5:0.13 12:-0.11
u:locksmith 4:0.14 5:-0.13 6:0.11
u:locum 2:0.21 9:-0.12
u:logo 11:-0.11
u:lol 7:-0.18
u:long 0:0.34 4:0.1 7:-0.21 8:0.16 9:0.15 12:0.13 13:-0.12
u:longer 7:-0.11
u:look 0:-0.32 2:-0.25 8:-0.13 12:0.17
u:looked 1:0.12 5:0.15
u:looking 3:0.11 5:0.21 10:-0.18 12:0.12
u:looks 0:0.18 5:0.25 7:0.16 10:0.1 12:0.14
u:loop 0:0.11
u:loos 3:0.21 5:-0.11 10:-0.11
u:lost 5:0.14 12:-0.19
u:lot 1:0.15 4:0.12 5:-0.11 6:0.21 7:0.14 8:0.16 9:0.26 12:0.14
u:lots 11:0.15
u:love 0:0.33 1:-0.17 2:-0.15 4:-0.11 6:0.22 12:0.17
u:loved 1:-0.15 3:-0.18 9:0.16
u:lovely 0:-0.15 1:0.6 3:0.36 4:0.14 6:-0.15 8:0.55 10:0.12
u:loving 11:-0.23
u:loyalty 4:0.14
u:lunch 0:0.24 5:-0.25 6:-0.12 11:0.18
u:lunchtime 5:0.18 13:0.14
u:lush 12:0.1
u:machine 12:-0.18
u:machines 6:-0.12 12:-0.16
u:made 8:0.17 12:0.24
u:magnifique 5:0.15 11:-0.13 12:0.18
u:main 4:0.18 6:0.1 11:0.15 12:0.22
u:mais 11:-0.13 12:0.12
u:makes 0:-0.12 6:0.14 13:0.1
u:malaga 5:0.11
u:man 1:0.18 5:0.11 13:0.11
u:managed 11:0.16
u:management 1:-0.12 6:-0.18 7:0.12
u:manager 0:-0.34 1:0.24 2:-0.23 5:-0.25 6:0.22 8:-0.12 11:0.11 13:0.27
u:manchester 11:-0.27
u:map 6:0.14 13:0.12
u:march 0:0.15 6:0.21 7:-0.3 13:-0.25
u:marcus 11:-0.11
u:massive 0:-0.1 5:0.27 11:0.17
u:mate 8:-0.11
u:mats 3:0.12
u:me 0:-0.3 1:0.31 2:0.25 3:-0.22 4:-0.2 5:-0.22 6:0.18 8:0.11 10:0.11 13:0.34
u:meal 12:0.23
u:means 13:0.11
u:mechanic 0:-0.11 2:0.24 5:-0.15 11:0.1
u:mechanics 2:0.1
u:medication 2:0.13
u:members 2:0.1 8:0.16 13:-0.1
u:membership 6:0.15
u:men 5:0.54 8:0.1
u:mention 3:0.12
u:mentioned 5:0.18 12:-0.11
u:menu 0:-0.14 6:0.16 13:-0.14
u:menus 13:-0.16
u:merci 5:0.11 12:0.14
u:mess 0:-0.11
u:met 8:0.13
u:middle 5:0.19 12:-0.11
u:might 1:-0.11
u:miles 2:0.1
u:min 0:0.19 7:0.11
u:mind 0:0.15 4:0.14 5:0.12 8:0.25 11:-0.21 12:0.12
u:minging 10:-0.14
u:minimum 7:-0.11
u:mins 0:0.73 1:0.1 2:-0.12 5:-0.19 13:-0.1
u:minutes 0:0.57 3:-0.11 5:-0.13 7:0.25 8:-0.2
u:miracle 5:-0.13
u:miserable 8:-0.11
u:missed 0:-0.19 2:0.35 3:-0.12 5:0.25 7:-0.14 9:0.22 12:-0.11
u:missing 1:-0.11
u:moan 5:0.16
u:mobile 5:-0.12 8:-0.12
u:model 2:0.14 9:0.1
u:moderator 0:-0.16 1:-0.15 5:-0.27 6:-0.12 9:-0.16
u:monday 0:0.32 1:-0.1 12:0.13 13:0.12
u:money 0:0.2 4:0.22 7:-0.12
u:month 0:-0.11 4:-0.12 12:-0.15 13:-0.1
u:monthly 4:0.13
u:months 0:0.16 1:-0.11 4:-0.12 5:0.37 6:0.24 12:0.17
u:more 4:0.11 5:0.11 6:0.1 9:0.24 11:-0.29 12:-0.12 13:-0.13
u:morning 0:0.2 1:0.12 5:-0.18 7:0.25 13:0.15
u:mornings 5:0.14
u:mortgage 0:-0.13 11:-0.11
u:most 0:0.28 4:0.17 9:0.14 11:-0.17
u:mostly 1:-0.1
u:mot 5:-0.29 11:0.2
u:mother 1:0.18
u:mould 12:0.11
u:mouth 8:-0.22
u:moved 9:0.15 12:0.11
u:much 1:-0.11 2:-0.12 4:-0.1 5:-0.23 6:0.24 8:0.12 13:0.17
u:mud 5:0.17
u:mums 1:0.12
u:music 0:0.2 7:-0.12
u:musty 3:0.18 10:0.19
u:muy 1:0.14 6:0.12 8:0.11
u:my 1:0.22 2:0.25 3:-0.3 7:0.35 8:0.24 9:0.33 11:0.14 12:0.12
u:mystery 10:-0.11
u:n 0:0.14 1:0.15 4:0.1 5:0.38 6:0.11
u:naan 5:0.13 12:-0.12
u:nails 12:0.29
u:name 1:0.16 2:-0.15 5:-0.15 13:0.26
u:nearly 6:-0.11 7:-0.15 9:0.1
u:neat 5:0.17 12:0.15
u:need 1:-0.12 10:-0.14 13:-0.15
u:needed 0:-0.19 1:0.3 2:0.18 4:-0.14 6:-0.23
u:needs 9:0.21 10:-0.1
u:negative 8:-0.14
u:networks 8:-0.15
u:never 2:-0.12 3:-0.13 4:-0.27 6:0.2 8:0.19 10:0.28 12:0.22 13:-0.38
u:new 0:0.32 1:-0.21 2:0.14 5:0.38 7:0.37 10:0.29 12:0.27 13:0.51
u:newsletter 2:-0.13 6:0.11
u:next 0:0.18 2:-0.18 3:0.11 4:-0.2 5:-0.11 7:0.11 9:0.11
u:ngl 8:0.21
u:nhs 0:0.15
u:nice 0:-0.16 1:0.29 5:-0.31 8:0.47 12:0.11
u:night 1:0.14 7:0.29 8:0.11 11:-0.19 12:0.16
u:nightmare 0:-0.11 3:-0.1
u:nights 11:-0.12 12:-0.18
u:nine 2:0.1 7:-0.16 13:-0.11
u:no 0:0.24 1:-0.15 3:-0.15 6:0.37 9:-0.1 12:-0.15 13:-0.22
u:nobody 1:-0.13 2:-0.17 4:-0.11 6:0.54 7:-0.14 9:-0.14 13:-0.71
u:nodded 8:0.13
u:noise 12:0.27
u:not 1:0.22 2:0.14 5:0.26 8:-0.14 11:-0.24
u:note 5:-0.11
u:nothing 3:-0.15 4:0.12 7:-0.14 8:0.16 9:-0.17 12:-0.19 13:-0.35
u:notice 0:0.11 5:-0.12
u:noticed 0:-0.15 2:0.21 6:-0.19 7:0.1 10:0.15
u:notifications 6:0.11
u:now 0:0.19 2:-0.19 5:0.21 10:0.15 11:-0.31 12:-0.15 13:0.25
u:nowhere 1:0.14
u:number 0:0.1 7:-0.1
u:nurse 1:0.22 5:-0.17 8:0.3 9:0.11 13:0.18
u:nursery 4:0.11
u:oat 5:0.12
u:of 6:0.16 7:-0.12 8:-0.2 9:0.11 10:-0.19 12:-0.2
u:off 0:-0.14 4:0.12 5:-0.17 6:-0.23 7:-0.19 10:0.23 11:0.16 12:-0.28
u:office 0:0.2 4:-0.1 5:-0.22 6:-0.28 9:-0.2 13:-0.12
u:officer 0:0.17
u:often 1:0.26 3:0.1 5:0.21 12:0.15
u:oh 12:-0.11
u:ok 3:-0.11 7:0.14
u:old 0:-0.19 2:0.24 5:-0.2 6:-0.32 7:0.15 12:-0.14
u:older 1:0.21 2:-0.2 13:-0.23
u:on 0:0.16 6:-0.14 7:-0.13 10:-0.19 12:0.26 13:-0.17
u:once 0:0.1 5:0.16 6:0.23 8:0.13 10:-0.11 12:0.16 13:-0.12
u:one 0:0.12 1:-0.17 2:0.16 3:0.21 5:0.28 9:0.15 11:0.19
u:ones 0:-0.11 1:0.19 8:0.16 9:0.19
u:online 0:0.13 4:0.18 6:0.2 7:0.42 8:0.12 11:-0.17 13:0.37
u:only 3:0.13 4:0.38 5:0.15 6:0.11 8:0.24 12:-0.1
u:onto 5:-0.1
u:op 7:0.12
u:opened 5:-0.12
u:opening 0:-0.18 3:-0.11 5:-0.13
u:operation 6:0.13
u:opinion 2:0.14 9:-0.13
u:opinions 8:-0.17
u:optician 2:0.2 4:-0.1
u:opticians 1:-0.13 13:0.14
u:options 6:0.17
u:or 5:0.16 10:-0.14
u:order 0:0.12 2:-0.15 4:0.13 6:-0.12 12:-0.12
u:ordered 0:0.36 2:-0.17 5:0.38 6:0.15 7:-0.14 12:-0.2
u:ordering 12:0.16
u:other 0:0.18 2:0.11 3:0.13 5:-0.18 7:0.25 9:0.28 10:-0.14
u:otherwise 9:0.11
u:our 1:0.17 2:0.19 5:0.17 6:-0.16 10:-0.12 11:0.14 12:0.19 13:0.19
u:out 0:0.12 1:0.1 2:0.23 4:0.16 5:0.13 7:0.14 10:0.13 11:-0.17 12:-0.13 13:-0.25
u:outside 0:0.1 1:-0.16 7:-0.11
u:oven 5:0.2
u:over 3:0.1 4:0.18 7:-0.15 8:-0.13 9:0.16 10:-0.25 13:-0.17
u:overall 8:-0.15
u:overdraft 4:0.11
u:overflowing 3:0.19 5:-0.1 10:-0.14
u:overpriced 4:0.2 11:-0.24 12:-0.24
u:own 5:0.17
u:owner 9:0.11 10:0.15
u:owners 5:0.11
u:p 0:-0.21 5:0.18 6:-0.14 11:-0.31 12:-0.13
u:packed 0:0.13 5:0.15 12:0.12
u:pads 1:-0.12 6:0.12
u:page 6:0.22 11:-0.11 12:-0.11
u:paid 1:-0.15 3:-0.21 12:-0.19
u:pain 2:0.12 6:-0.13
u:painless 0:0.13 7:0.19
u:paint 2:0.23 3:-0.13
u:panel 2:0.11
u:paper 5:0.11
u:par 11:-0.13 12:0.12
u:parcel 2:-0.16 3:-0.13 5:0.3 7:0.13 8:-0.13 12:0.14
u:parcels 5:0.14
u:parents 0:-0.19 2:-0.17 6:0.24 12:-0.12 13:0.13
u:paris 5:0.18 12:0.11
u:park 0:-0.11 1:-0.16 11:-0.14
u:parking 0:-0.14 2:-0.11 4:-0.22 5:-0.23 11:-0.2
u:part 2:0.16
u:participant 7:-0.11 8:0.12
u:participants 1:-0.18 2:-0.24 6:0.12
u:party 11:0.15
u:passed 1:-0.11 5:-0.18
u:passenger 5:0.1
u:passing 13:0.1
u:passport 0:0.17
u:past 0:0.22 6:-0.17 12:0.23
u:pasty 5:0.11 12:-0.13
u:patchy 12:-0.17
u:patient 1:0.19 4:-0.1 7:-0.11 8:0.24 12:0.11
u:patients 1:-0.18 5:-0.23 13:-0.11
u:pay 2:-0.17 11:0.27
u:paying 1:0.12 4:0.12 11:-0.52
u:payment 0:0.14
u:penny 4:0.25 11:0.31 12:0.13
u:pension 2:-0.16
u:pensions 2:0.11
u:people 1:0.22 3:-0.1 7:-0.18 8:0.23 9:-0.19 10:-0.14 12:0.3
u:peoples 3:0.12
u:per 4:0.11
u:perfect 5:0.32 12:0.17
u:perfectly 5:0.3 12:0.22
u:permits 4:-0.14
u:person 7:-0.2 13:-0.18
u:pet 2:0.17 9:-0.12
u:pharmacist 0:-0.13 2:0.47 5:-0.21 9:0.33
u:pharmacy 0:0.28 5:-0.17
u:phone 0:0.16 1:0.21 2:0.16 3:-0.19 5:-0.2 6:0.14 8:-0.3 9:-0.22 11:-0.1 12:-0.26 13:-0.19
u:phoned 9:0.11 13:0.11
u:phones 0:0.12 7:-0.14
u:photo 5:-0.13 6:0.19 13:0.18
u:photos 2:0.1 5:0.29 12:0.26
u:physio 1:-0.12 5:0.24 12:0.2
u:picked 2:0.19
u:picture 12:0.14
u:pie 5:0.13
u:piece 5:0.1
u:pilot 6:0.17
u:pint 5:0.11 12:-0.21
u:pizza 1:-0.11 5:0.24
u:place 0:-0.14 2:0.16 3:0.3 6:-0.18 8:0.28 9:0.19 11:0.42
u:plain 6:0.13 13:0.15
u:planned 5:0.1 7:-0.13
u:plaster 3:0.15 10:0.11
u:plastic 5:0.14
u:play 5:0.12 11:0.14
u:pleasant 5:0.14 7:0.12
u:pleasantly 11:0.1
u:please 5:-0.12
u:plumber 7:-0.11 12:0.14
u:pm 0:0.21 1:-0.16 12:-0.11 13:-0.22
u:point 5:0.11
u:pointed 2:0.11 9:0.15
u:pointing 11:-0.2
u:policy 2:0.21
u:polish 0:-0.1
u:polite 0:0.18 1:0.37 6:0.11 8:0.21
u:pool 5:0.21 6:0.15 8:-0.1 12:-0.23
u:popped 0:-0.12 1:-0.1
u:portions 4:0.17
u:positive 2:0.12 9:0.13
u:post 0:0.16 12:0.12
u:postage 4:0.17
u:posted 0:-0.17
u:pothole 0:0.12
u:potholes 0:0.2 7:-0.12
u:pounds 4:0.18
u:ppl 11:0.11
u:practice 4:0.11 5:-0.13
u:praised 0:0.17 3:0.22 4:0.13 5:0.12
u:prescription 2:0.22 5:-0.2 9:-0.22
u:previous 3:0.11
u:price 0:-0.14 1:-0.15 4:0.55 5:0.1 7:0.28 12:0.17
u:prices 0:-0.1 4:0.44 5:-0.11 7:-0.12
u:pricey 4:0.2 11:-0.17 12:0.1
u:pricier 11:0.11
u:print 4:0.17
u:printing 1:0.12 7:-0.19
u:priority 0:0.11
u:private 0:0.11 2:0.15 4:0.11
u:priya 1:0.14 8:0.11
u:probably 1:-0.11
u:problem 2:0.24 9:0.2 13:-0.2
u:process 6:0.13 12:-0.12 13:0.14
u:product 2:0.15 9:0.13
u:products 1:0.12
u:professional 11:-0.15
u:promised 0:0.18 1:-0.12 6:0.23 12:0.18 13:-0.14
u:proper 0:-0.13 6:-0.16 8:-0.3 9:0.3 10:0.1 12:0.3
u:properly 0:-0.13 1:0.11 5:0.12 9:0.16 12:0.17 13:0.2
u:pt 2:0.17 9:0.14 11:-0.11
u:pub 8:0.13 10:0.1
u:puddle 3:-0.18 5:0.18 12:-0.2
u:pulled 5:0.11 7:0.1 8:-0.12
u:pushy 1:0.13
u:put 1:-0.1 5:0.11 10:0.15 11:-0.16
u:qr 13:-0.14
u:quality 4:-0.1
u:question 5:-0.13
u:questions 2:0.14 6:-0.15 13:0.13
u:queue 0:0.74 2:-0.18 5:-0.18 7:-0.36 8:0.19 12:0.11
u:queues 0:0.14
u:queuing 0:0.21 6:-0.12 12:-0.13
u:quick 0:0.51 1:-0.16 4:-0.13 5:-0.27 6:-0.16 7:0.35 9:0.17 10:0.18 12:0.14
u:quickly 0:-0.19 5:0.13 12:-0.11
u:quid 4:0.15 11:-0.11 12:-0.11
u:quiet 8:0.11 12:0.13
u:quite 11:0.16
u:quote 4:0.3 6:0.18
u:quoted 0:0.1 4:0.26 7:0.21 9:0.21 11:0.23 12:0.13
u:r 5:0.1 12:0.12
u:raised 0:0.13 4:0.1
u:ramp 7:-0.16
u:ran 0:0.11 2:-0.12
u:rang 0:0.19 5:-0.36 6:0.17 13:0.41
u:rank 10:-0.1 12:-0.12
u:rarely 5:0.11 6:0.1 13:-0.22
u:rash 2:0.12
u:rate 4:0.26 6:0.12 10:-0.14 12:0.14 13:-0.13
u:rated 5:0.13
u:rather 6:0.11 13:0.14
u:rave 5:0.17
u:ray 0:-0.2
u:rd 12:-0.13 13:-0.1
u:read 1:0.12 2:0.12 9:-0.33
u:reading 1:-0.13
u:ready 1:-0.14 2:-0.2 6:0.23 7:0.28 12:0.11
u:real 8:-0.1 11:-0.24
u:really 2:0.24 3:-0.12 8:0.22 9:0.13 11:-0.12 12:0.18 13:0.12
u:reason 2:-0.11 6:0.11 11:0.15
u:reasonable 0:-0.1 4:0.2 11:0.36
u:reassuring 2:0.16 9:-0.24 13:0.1
u:received 0:0.1 5:-0.12 6:0.11
u:reception 0:-0.11 1:0.11 2:-0.1 6:0.22 8:-0.25
u:receptionist 0:-0.11 1:0.45 5:-0.19 8:-0.4
u:receptionists 1:0.13
u:recognition 2:0.11
u:recommended 2:0.27
u:record 3:-0.13 5:0.12 7:-0.15
u:red 1:-0.11 3:0.11 12:0.15
u:refund 0:0.33 2:0.13 5:-0.15 6:0.12 7:0.14
u:regarding 5:-0.11
u:regularly 0:0.15 7:-0.12 8:0.12
u:regulars 1:0.1 2:-0.1 6:-0.11 8:-0.2 11:-0.12
u:remember 12:0.12
u:remembers 0:0.11
u:reminders 1:-0.1
u:removal 1:0.1 5:0.14 8:0.19
u:renewal 4:0.11
u:rent 11:-0.13
u:rep 1:0.13 8:-0.16
u:repair 5:0.11 6:0.11 7:0.21
u:repairs 6:0.11 12:0.14
u:repay 7:0.21
u:repeat 5:-0.12
u:repeatedly 0:0.13 7:-0.11 13:-0.1
u:replaced 5:0.31 12:-0.15 13:0.17
u:replacement 5:0.13 6:0.23 7:0.11 12:-0.15 13:0.23
u:replacing 9:0.11
u:replied 0:0.1 5:0.15
u:replies 5:0.11
u:reply 0:-0.19 6:0.26
u:report 0:0.11
u:reported 0:0.54 2:-0.12 12:-0.12
u:reports 7:-0.19
u:requested 7:-0.15
u:residents 0:-0.12
u:response 8:-0.11
u:restaurant 12:-0.16
u:results 0:0.1 7:-0.12
u:returned 12:0.11
u:returns 12:-0.14
u:reviews 12:0.18
u:rewiring 9:0.13
u:rice 0:0.11 5:0.11 12:-0.13
u:right 1:-0.13 2:0.23 9:0.17
u:ring 6:0.33 12:-0.2 13:-0.26
u:ringing 0:0.14 6:0.11
u:rip 4:0.12 11:-0.16
u:road 0:0.14 1:-0.28 3:-0.15 5:0.16 6:-0.14 7:-0.15
u:roast 5:0.12 11:-0.12
u:robbery 0:-0.14 4:0.12 11:-0.12
u:rock 5:0.16
u:roll 3:0.16 12:-0.18
u:roof 9:0.11
u:room 0:-0.21 3:0.15 5:-0.12 8:0.14 9:0.12 10:0.12 12:-0.18
u:rooms 0:0.12 3:0.51
u:rota 1:-0.12 2:-0.11 5:-0.14 6:-0.16
u:rough 5:0.21 12:-0.2
u:round 0:0.28 5:-0.13 9:-0.1 11:0.15 12:0.12
u:route 11:-0.13
u:router 2:0.1 11:-0.13
u:rubbery 8:0.15
u:rubbish 0:-0.1 1:-0.12 5:0.21 12:-0.27
u:rubble 3:0.14
u:rude 0:0.14 1:0.56 5:-0.27 6:-0.14 7:-0.12 8:-0.5
u:rules 2:0.11
u:run 8:0.11
u:running 5:0.21 6:0.32 7:-0.14 12:-0.14
u:rushed 0:-0.3 1:0.17 8:-0.2 13:-0.19
u:rye 5:0.1
u:s 4:0.16
u:sadly 12:-0.11
u:safe 2:0.18 5:0.15
u:said 0:0.13 1:0.21 2:0.32 4:0.16 5:-0.15 6:0.36 7:0.22 9:-0.16 11:0.15 12:-0.12 13:-0.15
u:salesman 1:0.18 8:-0.31
u:salon 5:-0.11
u:same 0:0.11 3:-0.12 5:-0.12 6:0.11 10:-0.18
u:sandwich 11:0.17
u:sandwiches 12:0.11
u:sat 0:-0.11 1:0.1 5:0.12 6:0.23 13:-0.18
u:saturday 0:0.19 2:-0.12 6:-0.2 7:-0.15
u:saturdays 6:0.12 7:-0.11
u:saved 0:-0.11 1:-0.15 2:0.38 6:-0.13 9:0.29 11:0.18
u:saw 6:-0.1 8:0.15
u:say 2:-0.32 3:0.15 4:-0.17 6:0.16 7:0.13 8:0.11 10:0.12 13:0.21
u:saying 0:0.13 2:-0.12 3:0.13 6:0.22 7:-0.15 12:-0.15 13:-0.4
u:says 2:0.12 5:0.18 9:-0.14 12:-0.16
u:scan 0:0.12
u:scanners 6:0.16
u:science 5:0.13
u:scone 5:0.1 12:-0.12
u:scones 5:0.1
u:scratch 5:0.15
u:screen 5:0.34 7:0.12
u:screens 6:0.15
u:seam 5:0.12
u:seat 2:-0.11 3:0.25 10:-0.1 12:-0.12
u:seats 3:0.18 11:0.27
u:second 2:0.23 5:-0.11 6:-0.2 9:-0.15
u:seconds 0:0.25 7:0.11
u:section 1:0.1 3:0.12
u:see 5:-0.15 6:0.16 7:-0.1 10:-0.17
u:seed 5:0.12 12:0.15
u:seemed 8:-0.16
u:seen 0:0.17 1:0.11 7:0.18 8:-0.11 9:-0.13 10:0.14
u:sehr 0:0.15
u:self 0:0.21 5:-0.19
u:sell 0:-0.11 1:-0.11 4:0.11 5:0.1 6:-0.11 9:-0.14
u:semi 5:0.1
u:sending 0:-0.1 6:0.13
u:sent 1:-0.13 3:-0.16 6:0.45 12:-0.15
u:served 5:0.13
u:service 2:-0.12 3:-0.14 4:0.21 7:-0.18 8:0.1 11:-0.18 12:0.17 13:-0.17
u:services 5:0.1
u:serving 7:-0.11 8:-0.17
u:session 0:-0.14 1:-0.12 2:0.22 9:0.24 11:-0.1
u:sessions 5:0.12 12:0.1
u:set 1:-0.13
u:seven 0:0.12 7:-0.13 11:-0.1 13:-0.12
u:several 3:0.17 4:0.29 8:0.19 9:0.22 10:0.12 11:-0.28
u:shading 12:-0.16
u:shame 0:0.16 1:0.13 7:-0.11
u:sharp 0:0.11
u:she 1:0.15 2:0.32 7:0.18 8:0.11 11:-0.11 12:0.2 13:0.14
u:shelf 2:0.12
u:shelves 3:0.12
u:shes 11:0.18
u:shift 0:-0.2 1:-0.18 6:-0.14
u:shine 12:-0.18
u:shirt 12:-0.19
u:shocking 5:-0.12 13:0.18
u:shoes 5:0.14
u:shop 0:-0.16 1:-0.23 2:0.28 4:0.12 8:0.12
u:short 0:0.17 8:-0.13 12:0.14
u:should 1:-0.1 5:-0.18 6:0.12 9:-0.19 13:-0.11
u:show 12:0.11
u:showed 0:-0.23 4:-0.17 6:0.27 9:0.18 13:0.13
u:shower 0:0.12
u:showing 6:0.11
u:shrugged 1:0.13 5:0.1 8:-0.17 12:-0.14
u:side 5:0.25 6:0.12 12:-0.11
u:sighed 1:0.12 8:-0.13
u:sign 5:0.12
u:signs 12:-0.11
u:since 0:0.28 1:-0.14 5:0.2 7:0.37 10:0.17
u:single 4:-0.11 9:0.1 10:-0.22
u:site 5:0.12 12:0.11
u:six 1:0.12 5:0.27 7:-0.19 11:-0.1
u:size 12:-0.12
u:skimmed 5:0.1
u:skirting 5:0.12 10:0.13 11:-0.15
u:sleeping 5:0.12
u:sleeve 10:-0.14
u:slept 5:0.11
u:slice 12:-0.16
u:slot 0:0.11 7:0.16
u:slots 0:0.11 7:0.14 13:0.12
u:slow 0:0.41 5:0.12 6:-0.19 7:-0.16 11:0.12
u:slowly 13:0.13
u:small 1:0.17 4:0.2 8:0.13 11:-0.15
u:smell 3:0.33 10:-0.12
u:smelled 5:-0.11
u:smelling 5:0.12
u:smells 3:0.31 5:-0.12
u:smelt 3:0.17 5:-0.15
u:smile 8:-0.1
u:smiles 8:-0.12
u:snapped 4:-0.12 5:0.22 12:-0.16
u:so 0:-0.13 2:-0.18 3:-0.29 6:0.26 7:-0.22 10:-0.23 11:-0.12
u:soaked 5:0.14 12:-0.16
u:socket 0:-0.12
u:sofa 1:0.1 3:0.16
u:soggy 5:0.14 12:-0.18
u:sold 5:0.15 12:-0.12
u:solid 12:0.11
u:some 2:0.13 4:0.13 8:-0.2
u:someone 1:-0.19 2:0.22 3:0.31 9:-0.3 10:-0.16 11:0.11
u:somewhere 8:-0.11
u:son 0:-0.14 1:0.15 2:0.11
u:sore 0:-0.13 1:-0.15 5:0.2
u:sort 1:0.17 5:-0.12
u:sorted 0:0.27 2:0.13 7:0.2 8:0.11 9:0.21
u:sound 1:0.31 8:0.24 12:0.24
u:sourdough 5:0.16
u:spa 4:0.12
u:space 5:-0.1
u:spare 0:-0.1
u:sparky 1:0.1
u:speak 0:-0.17 6:0.2 9:0.22
u:spec 6:-0.12
u:specialist 2:0.14 9:-0.14
u:speed 5:0.2
u:speeds 5:0.2 12:0.15
u:speedy 0:0.12
u:spent 1:0.14 6:-0.16 7:-0.23 8:0.23
u:split 8:-0.14
u:spoke 1:0.19
u:spoken 0:-0.1 1:0.11
u:spot 9:0.12
u:spotless 1:-0.2 3:0.6 9:0.14 10:0.82 12:0.12
u:spotted 2:0.13 4:0.11 5:-0.13 6:-0.13 9:0.29
u:spotting 2:0.11
u:spring 5:0.12
u:squeezed 6:-0.16
u:st 5:-0.14
u:staf 1:0.11
u:staff 0:-0.1 1:0.67 2:0.25 3:-0.23 4:-0.21 5:-0.11 6:-0.46 9:-0.14
u:staffed 0:0.2
u:stage 13:0.11
u:stale 5:0.21 11:-0.1 12:-0.12
u:standing 6:0.16
u:stank 10:-0.11
u:star 1:0.1
u:stars 5:0.15 12:0.16
u:start 0:0.15 6:0.11
u:started 2:-0.18 3:0.3 7:-0.24 12:-0.13 13:0.2
u:starters 9:-0.1
u:starting 7:-0.13
u:state 10:-0.16
u:statement 1:0.13 2:-0.15
u:station 11:0.14 12:0.12
u:stay 1:0.13
u:stayed 5:0.2
u:staying 0:0.11
u:steak 5:0.16
u:steal 4:0.11 11:-0.12
u:steered 5:0.13 11:0.14
u:steering 3:0.12
u:stellar 10:-0.14
u:step 2:-0.1 6:0.27 13:0.28
u:sticky 3:0.3 4:-0.1 10:-0.31 12:0.14
u:still 3:-0.21 4:0.12 5:0.12 7:-0.21 9:-0.25 11:-0.18 12:-0.29 13:-0.47
u:stone 0:0.1 7:-0.13 12:-0.1
u:stood 0:0.24
u:stop 4:-0.12
u:stopped 6:0.22 9:0.15 10:0.2 12:-0.11 13:0.31
u:storage 6:0.1
u:store 8:-0.12 12:-0.19
u:story 0:0.11 5:0.12 12:0.23
u:straight 1:0.11 2:0.15 9:0.19 10:-0.11 13:0.13
u:strap 1:0.1
u:street 0:-0.1 11:-0.13
u:streetlight 0:0.23 7:-0.26
u:stress 2:0.15
u:stuck 10:-0.29
u:student 6:0.12
u:students 2:0.11
u:stuff 2:0.35 9:0.31 13:-0.13
u:stunning 5:0.19 12:0.17
u:stylist 1:0.12 5:0.14
u:such 1:0.13 5:-0.14
u:summary 0:-0.11 3:0.13 4:0.12 8:-0.14 13:0.15
u:summed 8:0.11
u:summer 5:0.1
u:sunday 5:0.12 11:-0.15
u:super 5:0.27 12:0.28
u:superb 7:0.25
u:supplier 7:0.12
u:support 0:0.16 2:0.13 9:-0.16 12:0.13
u:sure 0:-0.22
u:surgery 0:0.25 1:-0.12 2:0.11 3:0.22 5:-0.16 7:0.19 8:-0.19 9:0.12 10:0.24
u:surprised 10:0.14 11:0.1
u:swapped 13:0.1
u:swept 3:0.22 10:0.22
u:switch 7:0.1
u:switched 4:0.11
u:symptoms 9:-0.15
u:system 5:-0.1 6:-0.13
u:ta 7:0.13 10:0.31
u:table 1:0.16 3:0.14 7:0.11 10:-0.21 12:0.11
u:tables 3:0.21
u:tablets 2:0.28 7:0.2 9:-0.13 13:0.11
u:tag 1:-0.12
u:tait 1:0.11
u:take 0:0.22 7:-0.2 9:0.13
u:takeaway 4:0.14
u:takes 7:-0.11
u:taking 7:-0.14
u:talk 8:-0.16
u:talked 1:0.28 2:0.11 8:-0.22 9:0.2 13:0.22
u:talking 13:-0.18
u:tap 5:0.18 12:-0.12
u:taste 5:0.33 12:-0.19
u:tasted 5:0.16 12:-0.11
u:tasty 5:0.16 8:-0.1 12:0.14
u:tax 2:0.15 4:-0.13
u:tbh 0:-0.18 5:0.18 12:-0.19
u:teacher 0:-0.13 6:0.2
u:team 1:0.18 4:-0.11 8:0.11 10:0.13
u:tech 5:0.1
u:tell 4:0.17 5:-0.12 11:0.17 13:0.11
u:telling 5:0.13 12:-0.26
u:tells 6:0.23
u:ten 5:-0.13 7:0.17 11:-0.15 12:0.11
u:tenner 11:0.33
u:term 0:-0.11
u:terms 0:0.15 7:-0.13
u:test 1:0.16 9:0.1
u:tests 2:0.1
u:text 0:-0.26 1:-0.12 2:-0.16 3:-0.12 6:0.58 7:0.11 13:0.39
u:texted 6:0.12 12:-0.11 13:0.18
u:texting 5:-0.12
u:texts 6:0.26
u:th 0:0.11 13:-0.12
u:than 0:0.14 4:0.15 6:-0.17 7:0.17 9:0.21 10:0.25 12:0.4
u:thank 0:-0.12 8:0.12 12:0.12 13:0.11
u:thanks 5:-0.14 8:-0.14 13:-0.29
u:that 0:0.12 2:0.24 5:0.16 6:0.11 7:-0.23 8:0.18 11:-0.25
u:thats 1:-0.11 6:-0.23 7:0.11 13:-0.14
u:the 0:-0.3 1:-0.15 3:-0.15 4:-0.18 5:0.11 6:0.13 7:-0.11 8:0.12 13:0.11
u:their 1:0.27 2:-0.23 4:-0.15 5:-0.18 6:0.23 8:-0.14 9:0.26 11:0.18 12:0.1 13:0.19
u:them 0:-0.14 1:0.22 3:0.25 4:-0.13 6:0.2 7:-0.11 11:0.16 12:0.2 13:0.17
u:themselves 5:0.18
u:then 0:0.13 1:0.12 2:-0.11 3:0.15 4:0.14 5:-0.14 6:0.3 8:0.13 9:-0.13 10:-0.14 11:-0.23 13:-0.33
u:there 0:0.31 1:0.12 3:0.14 6:-0.14 7:-0.15 9:0.11 10:-0.21 13:-0.16
u:theres 0:-0.11 5:0.2 12:-0.26
u:these 12:0.13
u:they 2:-0.18 6:0.32 8:0.13 9:-0.34 11:0.28 13:0.18
u:theyd 9:0.11 11:-0.12
u:theyre 1:0.14 6:-0.1 10:-0.11
u:theyve 1:-0.16
u:thing 7:0.12
u:things 6:-0.13
u:think 4:0.12
u:thinking 1:-0.12 5:0.1
u:third 5:0.11 12:-0.11
u:this 0:-0.23 3:-0.16 5:-0.19 7:0.14
u:tho 1:0.12 8:0.17 12:0.1
u:thorough 1:-0.14
u:those 5:0.13
u:though 0:0.42 1:0.27 3:0.13 4:0.12 5:0.12 6:-0.11 7:-0.11 8:0.2 10:-0.13 11:-0.13 12:0.15 13:-0.17
u:thought 3:0.13 5:0.12 11:0.16 12:0.13
u:three 2:0.18 5:0.23 6:0.1 7:-0.29 8:-0.1 9:-0.28 12:-0.25 13:-0.37
u:thrilled 12:0.1
u:through 0:0.12 6:0.16 9:0.21 10:-0.11 13:0.44
u:thursday 0:0.18 7:-0.32
u:thx 13:0.11
u:thyroid 2:0.14 9:0.14
u:ticket 0:0.2 1:0.13 4:0.14 6:-0.15 7:-0.18 8:-0.1
u:tickets 5:0.12 12:0.12
u:tidy 3:0.19 10:0.24
u:tiles 9:0.11
u:till 0:0.16 2:-0.19 5:-0.19 7:-0.13
u:tills 0:0.18 1:0.17 7:-0.14
u:time 0:0.14 1:0.29 3:-0.24 11:-0.14 12:-0.12
u:times 0:0.13 6:0.12 8:-0.18 9:-0.21 13:-0.3
u:tip 3:0.27 5:-0.13 8:0.13 10:-0.23
u:tipping 0:0.13
u:to 1:0.21 3:-0.17 8:-0.4 10:-0.18 11:-0.16 12:0.2
u:toast 11:-0.18
u:toaster 13:0.11
u:today 0:0.14 1:-0.16 6:-0.12
u:toilet 3:0.15 10:-0.12
u:toilets 0:-0.33 2:-0.18 3:0.71 6:-0.11 10:-0.18
u:told 0:-0.38 2:0.74 3:-0.19 4:-0.22 5:-0.16 7:-0.23 9:-0.45 13:-0.39
u:tomorrow 1:0.11
u:too 1:0.26 2:-0.12 3:0.1 4:0.11 5:0.42 6:0.12 8:0.11 10:0.1
u:took 0:0.45 1:0.18 3:0.13 4:-0.17 5:0.11 7:-0.11 8:0.36 13:-0.11
u:top 1:-0.12 6:0.27 9:0.15 11:-0.19
u:totally 8:-0.14
u:touch 2:-0.11
u:towel 10:-0.18
u:town 1:0.18 3:-0.11 4:0.25 11:0.1 12:0.18
u:tr 4:0.19
u:tracking 1:-0.14 6:0.31 12:-0.13
u:trade 9:0.12
u:traffic 1:0.11 8:-0.1
u:train 5:-0.16 6:0.24 11:-0.28
u:training 0:-0.2 1:-0.1 2:0.21 5:-0.12 6:-0.21 9:0.18
u:transferred 5:0.1
u:transfers 0:0.1
u:travel 2:0.1 9:-0.1
u:treat 1:0.13 2:0.23 8:-0.13 10:0.13
u:treated 8:0.12
u:treatment 11:-0.17
u:treatments 5:0.13
u:tried 1:0.11 5:0.18
u:trim 5:0.18 12:0.1
u:trolley 3:0.12
u:trolleys 0:0.11 1:-0.16
u:trop 4:0.11 11:-0.15 12:0.12
u:trying 3:0.11 8:-0.11
u:tuesday 2:-0.11 12:0.13
u:turn 0:-0.14 2:0.17 5:-0.11 6:0.11 9:-0.19
u:turned 0:0.43 4:0.11 5:-0.14 11:0.12 12:0.13
u:turns 0:0.11 7:0.12
u:tv 0:-0.12
u:twenty 0:0.25 3:-0.11 5:0.12 6:-0.1 12:0.18
u:twice 1:0.11 7:-0.11 11:-0.12 12:-0.29
u:two 0:0.26 2:0.26 3:-0.22 5:0.13 6:0.11 7:-0.23 11:0.19
u:tyre 2:0.25 7:0.2 11:0.11
u:tyres 2:0.16 9:-0.1
u:under 0:-0.13 2:-0.13 3:0.25 7:0.22 10:-0.11 11:0.12
u:understand 6:0.24 13:0.13
u:understanding 1:-0.13
u:understands 2:0.24 11:-0.11
u:understood 6:0.15 13:0.21
u:unit 5:-0.16
u:unreal 5:0.1 11:0.35
u:until 6:0.23 7:-0.1 12:-0.14
u:up 0:0.22 3:0.16 4:-0.14 5:-0.15 7:-0.34 8:-0.13 10:0.49 11:-0.23 13:-0.11
u:update 0:-0.12 6:0.13
u:updated 6:0.21 12:0.15 13:0.33
u:updates 6:0.15 12:-0.1 13:0.11
u:upgrade 5:0.15
u:upsell 1:0.1
u:us 0:0.1 3:-0.18 4:0.14
u:use 1:-0.12 2:0.39 9:0.13
u:used 4:0.12 6:-0.15 7:0.11 10:-0.12
u:useless 6:-0.1
u:using 2:0.19
u:valet 3:0.3 5:0.11 11:0.23
u:value 4:0.48 5:-0.22 11:0.43
u:valued 0:-0.13 11:0.15
u:van 0:0.11
u:vans 1:0.1
u:varifocals 5:0.12
u:vegan 12:-0.11
u:venue 6:0.16
u:very 8:0.31 10:0.18 11:-0.23 13:-0.14
u:vet 0:-0.16 1:0.17 2:0.14 8:0.18 12:0.15 13:0.19
u:vets 5:-0.15
u:video 6:0.11
u:view 3:-0.15 12:-0.11
u:visit 5:-0.12 12:-0.17
u:visitors 12:0.15
u:visits 2:0.23 7:0.23 9:-0.18
u:vivaldi 0:0.11
u:voicemails 0:-0.14
u:voucher 4:0.18 11:0.1 12:-0.11
u:wait 0:0.45 1:-0.12 4:-0.11 5:0.22 7:-0.2 8:0.17 12:0.24
u:waited 0:0.39 1:0.12 7:-0.15 8:0.25 11:0.2 12:0.21
u:waiter 1:0.39 5:0.2 10:-0.13
u:waitin 6:0.17
u:waiting 1:-0.29 3:0.2 4:-0.17 5:-0.33 8:-0.11 13:-0.17
u:waits 5:0.17
u:waived 11:0.11
u:walk 7:-0.15
u:walked 0:-0.14 1:0.18 5:-0.14
u:walker 6:0.11
u:walking 0:0.16
u:wanted 0:-0.1 8:-0.11
u:wants 0:-0.13
u:ward 13:-0.1
u:warden 1:0.21 8:-0.13
u:wardrobe 12:-0.1
u:warm 1:0.11 5:0.14 12:-0.37
u:warned 2:0.14 11:0.11
u:warranty 2:0.11 9:-0.14
u:was 0:0.11 1:0.36 3:-0.13 5:0.23 6:0.1 11:0.25 12:-0.37
u:wash 5:0.15
u:washing 0:-0.18 2:0.12 5:-0.12
u:wasnt 0:0.17 5:-0.1 6:0.18 8:-0.24 9:-0.11 12:-0.13 13:-0.17
u:waste 11:-0.1
u:water 3:-0.11 12:-0.12
u:watering 11:-0.11
u:way 5:-0.13 6:0.11 11:-0.18
u:we 1:0.11 2:-0.15 4:0.22 6:0.22 10:0.23 11:-0.33
u:website 5:-0.11
u:wed 13:-0.11
u:wedding 0:-0.15 1:0.11 5:0.35 6:0.35 12:0.22
u:wednesday 12:0.1
u:wee 10:-0.11
u:week 0:0.41 4:-0.19 7:-0.11 11:-0.15 12:-0.27 13:-0.16
u:weekend 7:-0.11 12:-0.2
u:weeks 0:0.53 1:-0.24 3:0.12 5:0.13 6:0.15 7:-0.5 9:-0.15 12:0.21 13:-0.14
u:welcoming 8:-0.34
u:well 4:0.14 5:0.15 7:0.14 9:0.12 12:0.37 13:0.1
u:went 1:-0.14 4:-0.34 7:-0.15 9:-0.11 10:-0.17 12:-0.23
u:were 0:-0.11 2:0.11 3:0.23 4:0.14 7:-0.18 9:-0.19
u:werent 2:-0.11 6:0.17 12:-0.16
u:wet 3:0.17 10:-0.15
u:weve 10:-0.14
u:what 1:-0.24 4:0.25 5:0.14 6:0.24 8:0.14 13:0.48
u:wheel 3:0.12
u:wheelchair 8:0.12
u:wheels 5:0.14 7:-0.16 13:-0.12
u:when 1:0.26 4:0.21 7:0.12 8:-0.21 9:-0.15 11:-0.36 12:-0.29
u:where 2:-0.12 6:0.24 11:0.16 12:-0.13 13:0.34
u:whether 0:-0.15 1:-0.28 2:0.27 5:-0.11 9:-0.14
u:which 0:-0.14 1:-0.25 2:0.4 4:0.12 5:-0.17 8:0.23 10:0.32 13:0.21
u:while 0:0.21 1:0.18 5:-0.1 7:0.29 11:0.18 13:0.13
u:white 5:0.12 11:0.12 12:0.12
u:who 0:0.12 1:0.31 2:0.28 6:-0.19 7:-0.15 8:0.12 9:-0.12 10:-0.25 11:-0.11 12:0.3
u:whoever 10:0.12
u:whole 2:0.1 3:-0.11 6:0.1 8:-0.23
u:whos 1:0.11 11:0.15
u:why 0:0.33 2:-0.14 4:-0.13 5:-0.1 6:0.35
u:wide 8:-0.22
u:wifi 0:-0.12 5:0.56 6:-0.19 9:-0.12 12:-0.16
u:will 2:-0.16 5:-0.13 6:0.12 13:-0.11
u:window 0:0.11 6:0.1
u:windows 9:-0.11 10:0.13
u:wine 1:-0.11 5:0.22 11:0.15 12:0.3
u:winters 12:0.16
u:wipe 3:0.11
u:wiped 3:0.19
u:wish 13:-0.14
u:with 1:0.57 2:-0.11 3:0.12 6:0.22 7:-0.19 8:0.15 11:-0.32 13:0.16
u:within 0:0.29 5:0.21 6:0.15 7:0.6 13:0.12
u:without 2:0.24 3:-0.1 5:0.24 6:0.29 7:0.22 8:0.25 11:-0.11 12:-0.28
u:woman 1:0.36 6:-0.21
u:wont 1:-0.11 3:-0.12 4:0.11 5:0.31 9:-0.11 11:-0.1 12:-0.3
u:work 0:-0.11 1:-0.19 12:0.12 13:-0.11
u:worked 2:0.33 12:0.1
u:working 0:0.19 4:-0.11
u:works 9:-0.18 10:0.14
u:worn 2:0.12 6:0.19 9:0.16 13:0.15
u:worst 5:-0.12
u:worth 3:-0.24 4:0.41 5:0.22 11:0.33 12:0.41 13:0.12
u:wot 1:0.11 10:-0.1
u:would 1:-0.35 4:-0.18 5:-0.11 7:0.18 8:0.12 10:-0.12 12:0.13 13:-0.18
u:wouldnt 1:0.14 8:-0.24 12:-0.15 13:-0.22
u:wow 7:-0.12
u:wrapped 12:0.29
u:written 6:0.27
u:wrong 0:-0.11 2:0.95 3:-0.12 5:-0.24 6:-0.2 9:-0.32 12:-0.14
u:wrote 6:0.13
u:x 0:-0.16 8:0.13
u:year 8:0.12 9:0.13 10:-0.21 11:-0.2 12:0.14
u:years 0:-0.11 2:0.13 3:-0.12 4:0.13 11:0.15 12:0.12 13:0.14
u:yes 2:0.21 9:-0.18
u:yet 9:0.19
u:you 0:-0.1 10:0.28 11:0.11 13:0.23
u:younger 1:0.14 2:-0.15 5:0.1
u:your 3:0.1 6:-0.18 10:0.25 12:-0.11
u:youre 1:0.12 8:-0.19
u:zero 10:0.16
u:zip 5:0.13 12:-0.11
u:£ 0:-0.34 1:-0.12 4:1.98 6:0.19 7:0.22 10:0.2 11:-0.65 12:-0.29 13:-0.2
u:€ 4:0.12 5:0.1 11:-0.15 12:0.13

"""#
}
