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
trained-on 4633 comments: tuning.jsonl probe.jsonl probe2.jsonl probe3.jsonl probe4.jsonl probe6.jsonl probe7.jsonl probe8.jsonl probe11.jsonl probe13.jsonl probe14.jsonl probe16.jsonl probe18.jsonl probe19.jsonl probe21.jsonl probe22.jsonl probe23.jsonl probe24.jsonl probe25.jsonl

weights
bias 0:-2.6 1:-3 2:-2.95 3:-2.64 4:-2.91 5:-2.58 6:-3.06 7:-0.25 8:-0.27 9:-0.5 10:-0.02 11:-0.2 12:-0.04 13:-0.4
author:customer 0:-0.96 1:-0.98 2:-1.36 3:-1.26 4:-1.12 5:-0.59 6:-1.15 8:-0.12 9:-0.16 10:-0.21 12:0.1 13:-0.28
author:employee 0:-1.39 1:-1.72 2:-1.29 3:-1.12 4:-1.5 5:-1.73 6:-1.61 7:-0.14 9:-0.12 10:0.2 11:-0.19 12:-0.13
b:%_off 5:0.12
b:10_10 1:-0.1
b:10_mins 0:0.17
b:12_for 11:-0.19
b:19_th 13:-0.1
b:20_for 4:-0.12
b:20_mins 0:0.31 5:-0.1
b:20_minutes 7:0.1 13:0.15
b:20_years 11:0.11
b:24_hours 0:-0.27
b:25_min 0:0.13
b:2_and 13:0.23
b:2_days 0:0.14
b:2_for 6:0.13
b:2_hrs 0:0.13
b:2_pm 6:0.1
b:35_minutes 6:0.14
b:3_days 7:0.27
b:3_rd 12:-0.14 13:-0.1
b:3_times 0:0.18 7:-0.18 9:-0.13
b:3_to 7:0.16
b:3_weeks 7:0.11 12:0.38
b:40_a 11:-0.12
b:45_a 0:0.1
b:45_p 4:0.11 11:-0.22
b:48_hours 13:-0.11
b:4_a 0:0.19 7:-0.12
b:4_days 0:0.15 4:-0.16
b:4_hours 7:-0.16
b:50_for 11:-0.11
b:50_minutes 0:0.16 7:-0.15
b:5_days 0:0.12
b:5_g 2:0.1
b:5_working 0:0.1
b:60_on 4:0.1
b:65_to 4:0.12
b:6_pm 0:0.21 7:-0.1
b:6_weeks 7:-0.17
b:7_am 13:-0.13
b:8_am 0:0.1 7:-0.12
b:90_for 12:0.1
b:95_for 11:-0.1
b:99_a 11:0.18
b:9_days 0:0.11
b:9_for 5:-0.11
b:9_pm 13:-0.12
b:a_bathroom 2:0.12 10:-0.15
b:a_big 1:-0.11
b:a_bin 12:0.24
b:a_bit 4:0.13 5:0.13 6:-0.14 7:0.1 8:-0.14 9:0.23
b:a_bob 5:0.13
b:a_book 0:0.12
b:a_broadband 5:0.1
b:a_broken 5:-0.1
b:a_budget 11:0.19
b:a_button 1:0.1
b:a_call 0:-0.25 6:0.13
b:a_cat 12:0.12
b:a_cheque 9:-0.1
b:a_chunk 12:-0.11
b:a_clean 0:-0.15
b:a_cloud 5:0.1 12:0.11
b:a_clue 2:0.21 6:-0.11 9:-0.17
b:a_clutch 3:0.1
b:a_coffee 0:0.12
b:a_collection 3:0.11 12:0.11
b:a_couple 0:0.1 13:0.14
b:a_cut 12:-0.1
b:a_day 1:-0.14 3:0.13 5:0.26 7:0.1
b:a_diagnostic 5:-0.13
b:a_different 9:-0.14
b:a_drop 12:0.13
b:a_e 0:0.21 7:-0.26
b:a_fault 7:0.15
b:a_few 12:-0.14
b:a_fiver 11:0.43 12:0.14
b:a_fortnight 0:0.17 5:0.17 7:0.1 12:-0.44
b:a_four 1:0.1
b:a_free 0:0.25 4:-0.14 12:-0.11
b:a_friday 0:0.18 5:0.11 7:0.11 12:0.18
b:a_full 3:0.11 4:0.13 9:-0.12 11:0.22
b:a_gem 1:0.13 8:0.11
b:a_good 3:0.1 5:0.21
b:a_human 6:0.12
b:a_joke 11:-0.12
b:a_kidney 8:0.15
b:a_laugh 11:-0.12
b:a_loop 0:0.1
b:a_lot 1:0.22 6:0.14 8:0.16 9:0.11 12:0.15 13:-0.2
b:a_main 11:0.11
b:a_meal 12:0.11
b:a_month 1:-0.1 4:-0.11 12:-0.16
b:a_new 0:0.12 5:0.13 7:0.21
b:a_night 4:0.1
b:a_nightmare 0:-0.12 4:-0.1
b:a_no 4:0.12
b:a_note 13:0.12
b:a_one 6:0.13 7:0.1 13:0.11
b:a_penny 4:0.16 11:0.19
b:a_phone 1:0.11
b:a_photo 5:-0.14 6:0.21 13:0.14
b:a_picture 13:0.12
b:a_plaster 3:0.11
b:a_private 2:0.16 9:-0.1
b:a_problem 0:0.14
b:a_proper 1:0.11 2:-0.1 8:-0.33
b:a_puddle 3:-0.16 5:0.13 12:-0.13
b:a_quick 0:-0.26 5:-0.13 12:0.14
b:a_real 8:-0.1
b:a_refund 6:0.1
b:a_replacement 0:0.11 6:0.15 13:0.16
b:a_reply 6:0.13
b:a_router 11:-0.12
b:a_safe 12:0.12
b:a_sandwich 4:-0.11 5:-0.13
b:a_saturday 0:0.15
b:a_second 2:0.11 6:-0.13
b:a_service 2:0.11
b:a_session 11:-0.11
b:a_single 0:-0.14 6:0.17
b:a_small 1:0.11 4:0.12
b:a_smile 1:0.11 8:-0.14
b:a_spotless 3:-0.11
b:a_steal 4:0.12 11:-0.11
b:a_sticky 5:0.13
b:a_table 0:0.17 1:0.11
b:a_ten 13:0.11
b:a_text 5:-0.12 6:0.28
b:a_time 12:0.11
b:a_tip 3:0.31 10:-0.21
b:a_treat 5:0.1 10:0.15
b:a_trim 5:0.25 12:-0.16
b:a_two 4:0.14
b:a_voucher 4:0.11
b:a_water 1:-0.12
b:a_week 0:0.25 6:0.3 12:-0.14
b:a_wet 3:0.11
b:a_wheelchair 8:0.1
b:a_word 6:0.1 12:-0.11
b:a_year 0:0.11 1:-0.13 10:-0.15
b:a_young 5:0.11
b:a_£ 1:0.14
b:about_a 1:0.14 5:-0.17
b:about_her 2:-0.1 8:-0.14
b:about_it 5:0.15 6:0.21 12:-0.15
b:about_my 0:-0.12 5:-0.1
b:about_price 6:0.11
b:about_the 4:-0.16 5:-0.23 6:0.1 7:-0.12 8:0.36 9:-0.11 10:0.13 13:-0.23
b:about_their 4:-0.1
b:about_them 5:0.14 12:0.17
b:about_£ 11:0.11
b:absolute_gem 7:0.11 11:0.15
b:acted_like 1:0.24 8:-0.1
b:actually_know 2:0.1
b:actually_said 1:0.1
b:actually_turned 7:0.11
b:advisers_at 2:0.11
b:after_a 1:-0.12 6:0.1 13:0.24
b:after_four 5:0.14
b:after_himself 3:0.1 5:0.15 7:0.11 12:0.23
b:after_i 0:0.16
b:after_id 0:0.1
b:after_one 5:0.11 12:-0.16
b:after_six 5:0.13
b:after_that 5:0.1
b:after_the 0:-0.26 4:0.12 5:-0.19 6:0.13
b:after_themselves 3:0.11
b:against_the 2:0.11
b:agent_was 0:0.11 4:0.1
b:agreed_the 5:0.13 6:0.15 8:0.14 13:0.13
b:all_day 1:0.17
b:all_over 1:-0.12 3:0.17 5:-0.22 10:-0.14
b:all_smiles 8:-0.12
b:all_the 1:0.16 3:0.21 8:0.11 12:0.17
b:all_weekend 5:0.11 12:-0.11
b:almost_everyone 10:0.15
b:always_a 5:-0.18 7:0.18
b:am_and 2:-0.1 13:-0.11
b:am_from 13:0.12
b:an_absolute 1:0.1 7:0.1 11:0.15
b:an_email 6:0.13
b:an_esim 2:0.11
b:an_expert 9:-0.13
b:an_extra 4:-0.19
b:an_hour 0:0.39 4:0.15 5:0.19 6:-0.27 7:-0.12 11:-0.14 12:0.17
b:an_mot 4:0.1 11:0.11
b:an_update 13:0.11
b:and_3 7:-0.11
b:and_9 13:-0.12
b:and_a 3:0.45 4:0.2 6:-0.14 8:-0.19 9:0.15 10:-0.29 12:0.12
b:and_about 5:0.1 12:0.15
b:and_all 5:0.12
b:and_ask 13:-0.14
b:and_by 2:0.11
b:and_came 5:0.18 9:0.12
b:and_charged 5:0.14
b:and_chatted 8:0.17
b:and_checked 6:0.11
b:and_cheerful 4:0.1 5:0.14
b:and_chips 5:0.11
b:and_clean 1:0.11 8:-0.11 12:-0.13
b:and_cleaned 5:0.18
b:and_clearly 8:-0.12
b:and_couldnt 2:0.11
b:and_customers 6:-0.11 10:0.12
b:and_didnt 1:0.1 2:-0.11 6:0.17
b:and_drove 5:0.13
b:and_easy 6:0.21
b:and_encouraging 5:0.1
b:and_explained 6:0.13 13:0.21
b:and_gave 5:0.12
b:and_got 2:0.22 6:-0.1 11:0.11
b:and_had 0:0.17 5:0.19 6:-0.13 12:0.2
b:and_has 2:0.1
b:and_he 7:0.2 8:0.16 12:-0.12
b:and_hes 5:0.1
b:and_how 2:-0.1
b:and_i 1:-0.17 2:0.27 6:-0.24 7:-0.19 8:-0.12 9:-0.29 11:-0.32 13:-0.11
b:and_im 3:0.11
b:and_in 0:0.1
b:and_it 0:0.12 1:-0.11 4:0.1 5:0.17 7:0.1 11:0.31 12:0.14 13:-0.26
b:and_its 7:-0.15
b:and_knew 9:0.14
b:and_leaves 10:-0.14
b:and_left 5:-0.2 6:-0.11
b:and_let 6:0.1
b:and_most 8:0.19
b:and_my 8:-0.17
b:and_never 1:0.2 5:-0.21 8:0.13
b:and_no 0:0.13 1:-0.12 2:-0.16 5:-0.1 6:0.15
b:and_nobody 0:0.14 12:-0.16
b:and_not 4:-0.13 5:0.17
b:and_now 5:0.17 12:-0.13
b:and_one 0:-0.16 7:-0.12
b:and_out 0:0.15 3:0.1 5:-0.19 6:-0.11 7:0.14
b:and_overpriced 12:-0.22
b:and_put 5:0.13 12:0.13
b:and_really 2:0.1
b:and_said 8:-0.1
b:and_saved 2:0.17 9:0.11
b:and_sent 13:0.11
b:and_several 2:0.12 4:0.2 9:0.14 10:0.12 11:-0.19
b:and_she 5:0.34 12:0.1
b:and_stayed 12:0.11
b:and_steered 11:0.13
b:and_that 0:-0.12 1:0.1 9:0.12 11:0.14
b:and_the 0:0.32 1:0.31 2:0.3 3:0.32 4:0.35 5:0.66 9:-0.16 10:0.11 13:-0.14
b:and_then 7:0.13 8:0.2 13:-0.18
b:and_theres 0:-0.1 5:0.17 12:-0.16
b:and_they 1:-0.12 10:0.2 12:0.24 13:0.12
b:and_told 9:0.25
b:and_took 1:0.12 4:0.15
b:and_two 5:0.11 12:-0.15
b:and_warm 12:-0.33
b:and_was 0:0.21
b:and_we 2:0.15 6:0.11 13:-0.12
b:and_went 10:-0.14
b:and_were 0:0.11 5:0.16
b:and_what 1:-0.1 6:0.14 13:0.15
b:and_when 5:0.18 6:0.11 7:-0.12 8:-0.13
b:and_which 13:0.11
b:and_why 6:0.16 13:0.17
b:and_wouldnt 13:-0.19
b:and_you 12:-0.17
b:another_when 1:-0.1
b:answered_the 8:0.14
b:answers_depending 9:0.15
b:any_more 2:0.14
b:anyone_know 2:-0.11
b:anyone_tell 9:0.11
b:anyone_to 12:-0.1
b:anything_at 5:0.12 11:0.14
b:apologetic_and 3:0.11 10:0.1
b:app_is 6:-0.19
b:app_now 12:0.14
b:app_said 0:0.11 6:0.16
b:app_was 13:-0.12
b:appeared_at 6:0.12
b:appointment_letter 13:-0.14
b:appreciate_the 1:-0.12
b:appreciated_finding 6:0.13
b:appreciated_the 13:-0.14
b:are_always 11:0.11
b:are_broken 5:0.12
b:are_double 5:0.13
b:are_fuming 7:-0.11
b:are_lovely 12:-0.1
b:are_not 6:0.1
b:are_out 2:0.17
b:are_ready 13:0.12
b:are_still 12:-0.1
b:argue_with 4:0.14 11:0.22
b:arrived_in 0:0.15 13:0.1
b:arrived_with 12:-0.12
b:as_a 2:0.15 5:-0.11 8:-0.17 12:0.17
b:as_cheap 12:-0.12
b:as_chips 11:0.13 12:-0.1
b:as_long 0:0.17
b:as_promised 2:0.1
b:as_quoted 7:0.11
b:as_the 12:-0.11
b:as_they 0:0.1
b:as_well 6:0.12
b:as_you 0:0.12
b:ask_about 2:0.23
b:ask_for 1:0.19 8:-0.13 13:0.11
b:ask_how 8:0.12
b:ask_me 9:-0.15
b:ask_us 13:-0.14
b:asked_about 1:-0.14 6:-0.13 11:0.13
b:asked_for 5:0.27 12:-0.13
b:asked_him 8:-0.1
b:asked_if 1:0.15 2:0.32 3:-0.12 6:-0.16
b:asked_the 0:-0.15 1:-0.16 2:0.21 5:-0.19 6:0.17
b:asked_to 2:-0.1
b:asked_what 1:0.14
b:asked_why 4:-0.1
b:asking_for 11:0.11 13:0.11
b:asleep_on 8:-0.15
b:at_2 0:-0.12 13:0.22
b:at_3 7:0.12
b:at_6 0:0.19 6:0.13
b:at_7 0:0.19
b:at_8 0:0.11 7:-0.11
b:at_a 0:0.11
b:at_all 4:-0.15 8:0.24
b:at_checkout 6:0.12
b:at_closing 5:-0.12
b:at_every 5:0.13 13:0.11
b:at_it 12:-0.1
b:at_lunchtime 2:0.13 5:0.18 12:0.12
b:at_me 1:0.16 8:-0.15
b:at_my 4:0.12
b:at_our 5:0.18 12:-0.12
b:at_the 2:0.12 3:-0.1 5:-0.13 6:-0.11 8:-0.16 10:-0.11 12:0.26 13:-0.14
b:at_£ 4:0.14 5:0.11 6:-0.12 12:0.1
b:back_because 0:-0.12
b:back_from 5:0.12 12:0.16
b:back_in 0:0.12 5:0.13 7:0.13
b:back_on 0:0.12
b:back_smelling 5:0.16
b:back_that 11:-0.12
b:back_the 8:-0.1
b:back_three 5:0.11
b:back_to 2:-0.1 6:0.11 7:-0.14 10:-0.19
b:back_twice 12:-0.19
b:back_with 1:-0.11 3:0.15 9:0.15 12:-0.15
b:back_within 0:-0.23
b:bad_for 7:0.13
b:bang_on 7:0.11
b:barely_warm 12:-0.13
b:barman_knew 5:0.1
b:basically_stopped 7:0.11
b:bathroom_and 2:0.13 10:-0.14
b:be_back 1:-0.13 5:-0.11
b:be_fair 5:0.26 6:0.11
b:be_greeted 3:0.11
b:be_nice 10:-0.1
b:be_told 1:-0.1 2:0.12
b:because_he 12:-0.13
b:because_it 1:0.13
b:because_nobody 13:-0.14
b:because_of 5:0.12 7:-0.19
b:because_the 1:-0.15 2:0.13 6:-0.24 13:-0.11
b:because_they 6:0.18
b:been_a 1:-0.11
b:been_given 5:0.11
b:been_kept 7:0.27
b:been_on 0:0.13
b:been_out 13:-0.14
b:been_refitted 5:-0.1
b:been_there 0:0.11
b:been_told 0:-0.17 2:-0.14 6:0.11 10:-0.12
b:been_warned 11:0.12
b:before_a 3:0.12
b:before_he 10:0.15
b:before_i 4:-0.13
b:before_id 6:-0.1 7:0.15 13:0.12
b:before_the 5:0.14 13:-0.13
b:being_told 7:-0.12 9:0.1
b:believe_it 0:0.13 7:0.17
b:best_fade 12:0.26
b:best_in 3:-0.13 5:0.14 11:-0.15
b:best_value 4:0.25 5:-0.17 11:0.24
b:better_than 1:-0.17 5:0.15 9:0.11 12:0.14
b:between_customers 3:0.11
b:bill_for 8:-0.1
b:bill_is 6:0.17
b:bill_was 11:-0.12
b:bill_without 5:0.16 12:-0.1
b:bin_day 13:-0.14
b:bin_men 5:0.31
b:bit_dear 11:-0.11
b:bloke_at 1:0.16
b:blood_on 8:0.15
b:blow_dry 12:-0.14
b:bone_dry 12:0.29
b:booked_a 12:0.1
b:booked_for 0:0.11
b:booked_in 2:0.11
b:booked_my 5:0.12
b:booking_confirmation 6:0.17
b:bought_a 5:0.27
b:box_that 5:-0.11
b:brakes_were 2:0.12
b:branch_told 9:-0.1
b:brand_new 0:0.2 3:0.11 5:0.16 7:0.17 12:0.15
b:breakfast_was 5:0.1
b:brilliant_and 12:0.14
b:broadly_positive 13:0.13
b:broken_in 6:0.11 12:-0.11
b:broken_streetlight 0:0.12
b:brought_the 5:-0.12 8:0.14 10:0.16
b:budget_hotel 11:0.19
b:burnt_pizza 5:0.15
b:but_after 5:-0.11
b:but_everyone 8:0.14
b:but_had 0:0.16
b:but_he 5:-0.11
b:but_honestly 8:0.1
b:but_i 1:0.2 7:-0.1
b:but_it 0:0.11 7:0.15
b:but_left 3:0.11 12:0.27
b:but_most 11:-0.12
b:but_no 12:-0.11
b:but_said 13:-0.12
b:but_the 3:0.19 4:0.39 5:0.59 6:0.12 7:-0.25 11:-0.25 13:0.17
b:but_they 0:-0.11 1:0.2 5:0.28 6:0.13 8:0.13 11:0.21
b:but_two 12:-0.11
b:but_when 0:0.12 1:-0.17 6:-0.11 9:-0.11
b:but_£ 5:0.14 12:0.23
b:by_2 6:0.1
b:by_4 2:0.1
b:by_5 7:0.11
b:by_9 8:0.15
b:by_a 3:0.12
b:by_almost 10:0.15
b:by_email 6:0.11
b:by_half 12:0.12
b:by_hand 5:-0.13
b:by_name 1:0.13
b:by_our 2:0.1
b:by_step 6:0.11
b:by_the 10:-0.23
b:by_which 7:-0.18
b:caf_s 12:-0.11
b:call_back 5:-0.12 13:-0.15
b:call_centre 1:0.12
b:call_me 0:-0.25 6:0.1
b:call_out 11:-0.11
b:callback_slots 7:0.12
b:calling_the 2:0.11
b:calm_and 1:-0.11
b:came_back 3:0.13 13:0.13
b:came_in 0:-0.17 5:-0.2
b:came_out 1:0.17 5:0.2
b:can_actually 13:0.1
b:can_get 0:-0.12 5:-0.15
b:can_say 11:0.11
b:can_see 6:0.15
b:can_tell 1:0.13
b:cancelled_on 1:-0.11 7:-0.11 13:-0.11
b:cant_answer 2:0.14
b:cant_argue 4:0.17 11:0.3 12:0.11
b:cant_complain 4:0.11
b:cant_see 5:0.14
b:canteen_prices 4:-0.13
b:car_and 2:-0.11 6:0.2 13:-0.11
b:car_in 8:0.16
b:car_itself 5:0.11
b:car_park 6:-0.14
b:car_was 13:-0.12
b:card_and 5:0.1
b:care_home 1:-0.12 5:0.12 12:0.15
b:careful_with 5:0.15
b:carried_it 1:0.13
b:carrier_bags 11:-0.25
b:centre_cafe 5:-0.15
b:changing_rooms 3:0.24 10:-0.11 12:0.11
b:charge_for 4:0.15
b:charged_for 6:0.15
b:charged_me 4:0.26 6:-0.19
b:charged_£ 5:0.14 11:-0.14
b:chase_them 13:0.12
b:chat_bot 6:0.12 13:-0.15
b:cheap_and 4:0.12 5:0.17 11:0.1
b:cheap_as 11:0.14 12:-0.1
b:cheap_at 5:-0.11 11:-0.13
b:cheap_n 5:0.13
b:cheaper_than 11:0.25
b:cheaper_to 11:-0.3
b:check_i 6:0.1
b:check_in 0:0.2 1:0.13 5:0.15 6:-0.1 12:-0.18
b:check_on 1:-0.11
b:checked_twice 3:0.1
b:chef_came 8:0.12
b:chewing_gum 1:-0.21
b:childrens_corner 3:0.1
b:chipped_a 8:0.1
b:chips_and 5:0.11 12:-0.12
b:chips_were 5:0.19 12:-0.23
b:choose_a 12:0.14
b:christmas_jumpers 1:-0.2
b:chunk_out 12:-0.11
b:claim_for 12:0.12
b:claims_discount 4:0.13
b:clean_and 3:0.12 4:0.12 8:0.13 10:0.11 11:-0.16
b:clean_in 2:0.11
b:cleaned_me 5:-0.13 11:-0.1
b:cleaned_once 10:-0.12
b:cleaned_up 3:0.2 10:0.11
b:cleaner_than 3:0.18 7:-0.13 10:0.21
b:cleaners_hours 2:0.11
b:cleaning_contract 10:0.18
b:clear_and 6:0.16 13:0.26
b:cleared_up 2:0.11
b:clearly_and 1:0.19
b:clearly_didnt 1:0.1
b:clearly_had 1:0.13 5:0.11 8:-0.1
b:clinic_as 8:0.11
b:cold_and 5:0.21
b:cold_by 8:0.15
b:come_and 5:0.11 12:-0.11
b:come_back 12:0.1
b:come_in 6:0.11
b:come_on 5:0.15
b:comes_from 2:0.1
b:coming_back 12:0.14
b:coming_out 5:0.12 7:-0.13
b:comment_on 0:-0.1
b:commenting_on 10:0.19
b:compared_well 11:0.11
b:complain_about 3:0.11
b:complaining_that 7:-0.15 13:0.15
b:complaints_about 10:0.13
b:complaints_have 12:0.14
b:confusing_and 13:-0.2
b:contract_was 11:-0.1
b:cook_the 9:0.11
b:cost_me 11:-0.1
b:cost_of 4:-0.12 10:0.12
b:cost_£ 11:-0.11 12:-0.11
b:could_do 3:0.11
b:could_eat 10:0.1
b:could_have 2:0.13
b:could_not 2:0.18
b:could_pay 9:-0.1
b:could_see 0:0.11
b:could_take 9:0.22
b:couldnt_do 8:0.14
b:couldnt_fault 1:-0.11
b:couldnt_have 1:0.13 2:-0.15
b:couldnt_tell 2:0.18 5:-0.21 9:-0.17
b:council_about 0:0.11
b:councils_letter 13:-0.1
b:counter_and 5:-0.11
b:counter_anyway 5:0.12
b:counter_has 7:0.13
b:counter_is 1:0.11
b:counter_staff 0:0.11
b:couple_of 13:0.14
b:courtesy_car 5:-0.12
b:cracked_screen 5:0.16
b:crept_up 11:-0.11
b:current_account 11:0.1
b:curry_was 8:-0.1
b:customer_care 1:0.1
b:customer_service 2:-0.11 12:-0.13
b:customer_toilets 10:-0.15
b:customers_are 5:0.11 6:0.11 7:-0.16 10:-0.11
b:customers_ask 2:0.14 6:0.12
b:customers_dont 0:0.12
b:customers_end 5:0.13 12:-0.1
b:customers_have 5:-0.1 9:0.15 10:0.13 13:0.11
b:customers_keep 0:0.14 5:0.15 7:-0.21 12:-0.26
b:customers_love 4:-0.1 7:0.15 12:0.14 13:0.14
b:customers_say 1:0.14 8:0.1
b:customers_the 2:0.16
b:customers_when 1:0.15
b:cut_the 2:0.12 3:0.12 12:0.2
b:cut_to 5:0.11
b:damp_smell 10:0.14
b:day_and 2:0.12
b:day_delivery 4:-0.12 7:-0.14 13:-0.11
b:day_had 13:-0.2
b:day_is 7:-0.11
b:day_one 12:-0.11
b:day_to 1:0.1
b:daylight_robbery 0:-0.1
b:days_ago 6:0.15
b:days_and 0:0.16
b:days_before 5:-0.11
b:days_for 5:0.11 7:0.11
b:dead_quick 3:0.11
b:deadlift_form 2:0.1
b:dealt_with 0:0.18 10:0.12
b:dear_for 11:-0.11
b:delay_repay 7:0.21
b:delivered_it 1:0.16 5:0.1 12:0.1
b:delivered_to 8:-0.11
b:delivery_and 7:-0.12
b:delivery_charge 4:0.15
b:delivery_driver 1:0.12
b:delivery_slots 13:0.1
b:dentist_has 1:0.11
b:dentist_was 5:0.1
b:depending_on 2:0.14 6:-0.12
b:described_as 2:0.22 4:0.14 5:0.15 7:-0.14 10:0.18 13:0.2
b:described_the 2:-0.12 11:0.1 12:0.12 13:-0.19
b:did_a 0:0.14 5:0.26 12:0.16 13:-0.12
b:did_it 8:0.15
b:didnt_charge 7:0.11 11:0.19
b:didnt_even 1:0.16 8:-0.31
b:didnt_expect 7:0.1 13:0.1
b:didnt_get 5:0.12
b:didnt_have 9:-0.13 13:0.13
b:didnt_just 9:0.11
b:didnt_know 0:-0.1 1:-0.16 2:0.19 6:-0.16 9:-0.13
b:didnt_need 2:0.17 9:0.29
b:didnt_say 6:0.12
b:didnt_try 8:0.12
b:didnt_understand 1:0.12
b:didnt_work 12:-0.15
b:different_answers 2:0.14 6:-0.12
b:direct_debit 4:0.11
b:discount_for 1:0.11
b:discussed_the 5:0.13
b:do_enough 8:0.14
b:do_i 6:0.1
b:doesnt_listen 13:-0.13
b:dog_died 1:0.14
b:doing_and 5:0.11
b:doing_it 1:0.11
b:dominated_discussion 0:0.11
b:done_it 2:0.12
b:dont_have 6:0.1
b:dont_know 6:0.13
b:dont_understand 6:0.11
b:door_at 0:0.13 7:0.11
b:door_in 0:-0.11
b:door_to 5:0.11 7:0.14
b:double_booked 5:0.17
b:double_what 5:0.11
b:down_again 12:-0.1
b:down_on 11:0.14 12:0.12
b:down_the 1:-0.11 12:-0.14
b:downright_rude 7:-0.11
b:driver_was 0:0.11
b:drivers_seat 3:0.12 5:-0.11
b:drivers_were 13:0.1
b:dropped_to 10:0.18
b:dry_cleaner 3:-0.1 5:0.23
b:dry_cleaning 4:-0.16
b:each_time 5:0.13
b:ear_and 5:0.15
b:easy_to 5:0.1 6:0.2 7:0.11
b:eggs_were 8:0.16
b:eight_and 0:0.11
b:elderly_customers 1:0.19
b:else_in 11:0.13
b:elses_hair 3:0.11
b:email_saying 13:-0.15
b:emails_about 6:0.12 8:0.1
b:emails_to 6:0.11 13:-0.1
b:end_of 11:0.13
b:end_up 6:-0.11 12:-0.1
b:energy_supplier 7:0.12
b:engineer_left 3:0.13 10:-0.11
b:engineer_was 12:-0.12
b:enough_for 8:0.14
b:enough_to 2:0.11
b:equipment_is 4:0.13 5:0.14
b:estate_agent 6:0.14
b:even_at 0:0.11 7:0.1
b:even_finished 0:-0.11
b:even_my 8:0.11
b:even_opened 5:-0.1
b:even_tho 8:0.15
b:every_call 0:0.12
b:every_day 5:0.15 13:-0.12
b:every_evening 1:0.11
b:every_hour 3:0.25 10:0.14
b:every_one 0:0.12 1:0.11
b:every_penny 4:0.13 11:0.17 12:0.12
b:every_stage 5:0.1
b:every_step 6:0.12 13:0.12
b:every_ten 5:0.11
b:every_week 6:-0.21 10:-0.13
b:every_year 11:-0.22
b:everyone_else 8:-0.14
b:everyone_said 5:0.15
b:everyone_was 0:-0.11
b:everything_slowly 1:0.1
b:exactly_how 2:0.15 5:0.13 9:0.15
b:exactly_what 0:0.12 1:-0.14 5:0.15 9:0.13 12:0.28
b:exactly_when 7:0.1
b:exactly_where 6:0.27 13:0.15
b:exactly_which 1:0.12 2:0.13 9:0.17
b:explain_it 2:0.11
b:explain_the 1:-0.11 6:0.12 13:-0.24
b:explain_what 6:0.13 13:0.1
b:explained_everything 1:0.14 6:0.12 13:0.15
b:explained_it 13:0.12
b:explained_the 6:0.11 13:0.11
b:explained_what 5:0.15
b:express_checkout 0:0.22 7:-0.15
b:extra_for 4:-0.12 7:-0.2
b:eye_watering 1:0.11
b:face_when 5:0.13
b:fair_play 11:0.14
b:fair_they 6:0.11
b:fantastic_value 11:-0.2
b:fast_and 6:0.12
b:faster_than 12:-0.14
b:fault_in 5:0.11
b:fee_on 11:-0.18
b:fee_was 4:0.11 5:-0.14
b:feedback_from 13:0.1
b:feel_like 0:-0.14 1:0.11
b:fees_are 4:0.14
b:fees_were 0:0.1
b:fell_out 5:0.17 12:-0.14
b:felt_like 5:-0.16
b:felt_the 9:0.1
b:few_people 5:-0.11
b:fewer_people 6:0.11
b:film_was 12:0.14
b:filthy_and 3:0.1
b:final_bill 5:-0.1 13:-0.12
b:finally_got 9:0.25
b:find_out 6:0.11 13:-0.15
b:find_the 0:-0.11 11:-0.13 13:-0.15
b:finding_out 6:0.13
b:fine_for 0:-0.11 4:0.11 11:-0.1
b:finished_explaining 6:-0.12
b:first_bill 7:0.12
b:first_go 2:0.18 8:0.15 9:0.1
b:first_person 1:0.11
b:first_place 12:-0.11
b:first_time 3:-0.12 5:-0.1 6:-0.1 12:0.2 13:0.13
b:fish_counter 2:0.15 5:0.1
b:fitted_are 11:-0.14
b:fitter_was 12:-0.12
b:five_days 7:-0.2
b:five_stars 5:0.12
b:fiver_for 11:0.17
b:fix_a 7:0.13
b:fix_the 5:0.18
b:fixed_after 7:-0.18
b:fixed_my 4:0.12 11:0.11
b:fixed_the 5:0.19
b:flat_pack 6:0.1
b:flea_treatment 11:-0.14
b:fly_tipping 0:0.14
b:focus_group 4:0.12
b:food_was 5:0.11 10:-0.15 11:-0.11 12:-0.15
b:for_10 0:0.11
b:for_25 8:-0.1
b:for_35 6:0.11
b:for_9 0:0.14
b:for_a 2:0.13 4:0.29 7:0.28 8:0.22 9:-0.12 10:-0.13 12:-0.36 13:-0.11
b:for_an 0:-0.21 4:0.16 5:-0.11 11:-0.12
b:for_anyone 12:-0.1
b:for_asking 1:0.1 8:-0.11
b:for_being 0:-0.11 8:-0.1
b:for_broadband 11:-0.22
b:for_canada 1:0.1
b:for_collection 7:-0.15 13:-0.12
b:for_days 0:-0.12 1:-0.13 5:0.12
b:for_her 1:0.16 8:0.11
b:for_his 9:0.1
b:for_it 7:-0.11 8:0.21
b:for_me 0:0.12 2:0.13 9:0.1 13:0.24
b:for_more 13:0.14
b:for_new 5:0.14
b:for_next 0:0.11 4:-0.24 7:-0.11
b:for_not 1:0.1
b:for_nothing 4:0.12
b:for_once 1:-0.14 13:0.1
b:for_one 2:0.13
b:for_over 0:0.13
b:for_parking 11:-0.15
b:for_paying 1:0.11
b:for_semi 5:0.1
b:for_six 11:-0.1
b:for_staff 3:-0.1 4:-0.12
b:for_that 0:0.1 12:-0.11
b:for_the 0:0.4 1:0.11 2:-0.2 5:0.31 6:0.18 8:-0.25 9:-0.17 10:-0.13 12:0.26
b:for_twenty 2:0.11
b:for_two 6:-0.11 11:0.32
b:for_weeks 0:-0.19 3:0.15
b:for_what 4:0.15 5:-0.24
b:for_years 1:0.11
b:for_£ 1:-0.18 5:0.11 11:0.38
b:form_in 2:0.11 9:0.1
b:form_was 1:-0.11
b:forty_minutes 0:0.11 7:-0.18 13:-0.11
b:found_a 9:0.14
b:found_it 1:0.15 6:-0.12
b:found_out 2:-0.11 4:0.11 13:-0.13
b:found_the 5:0.14 6:0.13 8:0.1 9:0.18 12:-0.11 13:-0.11
b:four_minutes 4:0.11 5:-0.15
b:four_times 1:0.12 5:0.17 6:0.22 13:-0.12
b:four_years 5:0.13
b:fraud_team 0:0.18
b:free_machine 0:0.14 5:-0.11
b:free_parking 4:-0.24
b:free_to 12:-0.15
b:freezing_and 5:0.1
b:friday_is 0:0.16
b:friday_night 12:0.11
b:friendly_and 2:0.16
b:friendly_the 1:0.13
b:from_a 0:-0.11 10:0.11 12:0.12
b:from_last 5:-0.11
b:from_my 13:-0.13
b:from_the 3:0.15 6:0.4 7:0.18 10:-0.18 12:0.11
b:from_us 11:-0.16
b:front_desk 5:0.11
b:front_garden 3:0.12
b:front_of 9:-0.14
b:full_of 6:0.11
b:full_so 0:-0.11
b:fuming_that 7:-0.11
b:gave_me 0:0.16 2:0.18 6:0.15 7:0.11 9:-0.21
b:gave_up 5:-0.21 7:-0.18
b:gave_us 5:0.12
b:genuinely_apologetic 4:0.11
b:get_a 1:0.12 11:0.17
b:get_an 2:0.12
b:get_checked 3:0.1
b:get_it 0:-0.13 12:-0.2
b:get_that 11:0.12
b:get_the 5:-0.13 11:-0.3
b:get_through 0:0.17
b:get_to 0:0.19
b:get_what 4:0.1 5:0.16
b:give_me 5:0.11
b:give_them 0:0.13 6:0.13
b:giving_out 2:0.11
b:glad_i 12:0.14
b:go_and 2:0.13 5:-0.11 8:0.18
b:go_back 12:-0.16
b:go_mad 4:0.1
b:going_on 6:0.18
b:gone_downhill 1:0.12
b:gone_up 6:-0.19
b:good_day 12:-0.13
b:good_morning 1:0.11
b:good_value 4:0.13 11:0.12
b:gorgeous_and 12:0.12
b:got_a 0:0.17 4:0.12 6:0.15 8:-0.28
b:got_back 5:0.11 12:-0.22
b:got_charged 0:-0.11 11:-0.11
b:got_home 4:-0.11
b:got_me 6:-0.11
b:got_my 2:0.11 8:0.16
b:got_proper 0:-0.1 9:0.24
b:got_the 0:0.18 2:-0.2 7:0.21 12:0.21 13:0.15
b:got_there 7:-0.15 13:-0.12
b:got_through 1:0.1 7:-0.1
b:got_to 0:0.1
b:got_told 0:-0.12
b:got_us 1:0.13
b:gr_8 5:0.18 12:0.14
b:great_to 10:-0.11
b:greeted_by 3:0.11
b:gripe_is 3:0.13
b:group_2 10:0.16
b:group_nodded 8:0.11
b:group_were 0:0.14
b:guests_keep 5:-0.12 10:-0.12
b:guy_told 2:0.11
b:guys_missed 3:-0.11
b:had_a 2:-0.16 3:-0.11 5:-0.18 7:0.24 13:0.1
b:had_been 0:-0.11 2:-0.13 4:-0.11 5:0.2 7:-0.11 10:0.11
b:had_changed 13:-0.19
b:had_ever 9:0.1
b:had_failed 13:0.11
b:had_it 0:0.26 7:0.16
b:had_last 5:0.13 12:-0.13
b:had_me 4:-0.11
b:had_mentioned 4:0.11 5:0.1
b:had_missed 2:0.25 5:-0.16 9:0.25 12:0.12
b:had_my 0:0.11
b:had_never 5:0.13
b:had_no 6:-0.11 7:-0.12 9:-0.15
b:had_not 0:0.1
b:had_someone 7:0.14
b:had_that 6:0.13 13:0.1
b:had_the 0:0.13 1:-0.11 7:0.16 9:0.12 12:0.13
b:had_to 0:-0.25 4:-0.12 6:0.15 9:-0.43 12:-0.24
b:had_tried 5:0.15
b:hair_in 3:0.12 5:-0.15 10:-0.13
b:half_an 0:0.11 4:0.13 9:0.1 11:0.11
b:half_nine 2:0.1
b:half_of 0:-0.14
b:half_our 13:-0.1
b:half_past 12:0.12
b:half_the 1:-0.16 2:0.21 3:-0.1 5:0.17 9:-0.17 11:-0.18 12:-0.2 13:-0.11
b:half_what 11:0.19
b:hand_in 0:0.11
b:handheld_scanners 6:0.1
b:happily_pay 5:-0.1 11:0.13
b:happy_hour 4:0.13 11:0.25
b:happy_to 11:0.12
b:happy_with 5:0.11
b:has_been 6:0.14
b:has_come 4:-0.1 5:0.16
b:has_dropped 7:0.12
b:has_finally 10:0.16
b:has_gone 1:0.16 4:0.13 8:-0.1
b:has_the 1:0.12
b:have_a 2:0.14 6:-0.12
b:have_basically 7:0.11
b:have_been 1:0.26 7:-0.22 8:0.11 9:-0.11 10:-0.25
b:have_dropped 10:0.16
b:have_fed 11:-0.16
b:have_gone 4:-0.11
b:have_nearly 12:0.14
b:have_noticed 7:0.13
b:have_said 2:-0.14 6:0.19 13:0.12
b:have_stopped 9:0.15 10:0.16
b:have_to 0:0.11 5:-0.15 13:0.15
b:having_a 4:0.1 11:-0.12
b:he_did 8:0.11
b:he_didnt 12:-0.11
b:he_fitted 11:-0.14
b:he_found 3:0.12
b:he_got 6:0.12
b:he_left 10:0.13
b:he_said 7:0.13 12:0.18
b:he_saw 8:0.2
b:he_was 0:0.21 4:-0.1 5:0.19 12:0.28 13:0.26
b:head_office 6:-0.21 7:-0.1
b:hear_us 6:0.12 13:0.18
b:heard_about 6:0.1
b:hed_be 0:0.18 7:0.1
b:help_me 8:0.11
b:help_with 6:-0.12
b:helpdesk_gave 2:0.1
b:helped_me 5:-0.1
b:her_stuff 9:0.11
b:her_time 0:-0.15
b:here_and 2:-0.11
b:high_st 5:-0.17
b:higher_than 11:-0.17
b:his_phone 0:-0.12 1:0.12 5:0.1
b:his_stuff 2:0.11
b:hold_music 0:0.2 7:-0.15
b:hold_times 0:0.16 7:0.19
b:hold_to 6:-0.11
b:home_about 1:-0.1
b:honestly_cant 12:-0.11
b:honestly_i 4:0.16
b:honestly_the 0:-0.12
b:hook_up 12:-0.1
b:hoovered_up 3:0.11 10:0.19
b:hospital_for 4:0.1 11:-0.19
b:hotel_breakfast 5:0.12
b:hour_and 5:0.14
b:hour_at 0:-0.11
b:hour_before 0:0.13
b:hour_is 7:0.15 11:0.12
b:hour_window 6:0.13 7:0.11 13:0.11
b:hours_and 0:-0.11
b:hours_at 0:0.11 7:-0.12
b:hours_for 0:0.11
b:hours_in 5:-0.12
b:hours_late 6:0.14 13:-0.11
b:house_in 0:-0.11
b:how_friendly 1:0.13
b:how_much 4:-0.13
b:how_our 8:0.12
b:how_the 1:0.1 12:-0.12
b:how_they 4:-0.14
b:how_to 2:0.24 5:0.16
b:husband_the 1:0.12
b:i_am 13:0.11
b:i_asked 0:-0.14 1:0.21 4:-0.15 8:-0.15 9:0.12 13:-0.18
b:i_booked 5:0.18 12:0.15
b:i_brought 8:0.14
b:i_came 0:-0.1
b:i_can 5:0.2 6:-0.21 12:0.1 13:0.12
b:i_could 1:-0.13 2:0.17 11:-0.17
b:i_did 2:0.15
b:i_didnt 2:0.11 4:0.15 9:0.4
b:i_dont 0:-0.13 4:0.21 11:0.11
b:i_emailed 5:0.11
b:i_genuinely 3:0.12 5:0.11 12:0.19
b:i_get 0:0.15
b:i_got 0:0.38 1:0.15 5:0.14 7:-0.13 9:-0.15
b:i_guess 1:-0.12
b:i_had 0:-0.19 2:0.12 6:0.13 9:-0.12 11:-0.24
b:i_hadnt 2:0.11
b:i_hate 1:0.11
b:i_honestly 5:0.13
b:i_know 13:0.23
b:i_like 8:0.11
b:i_needed 2:0.13 5:-0.12 6:-0.17 9:-0.17
b:i_only 8:0.17 13:-0.14
b:i_ordered 7:-0.19
b:i_paid 5:0.12
b:i_rang 0:0.21 5:-0.17 6:-0.18 7:-0.17 11:0.12 13:-0.15
b:i_said 1:0.14 5:0.16 8:-0.14
b:i_still 5:-0.12
b:i_understood 13:0.12
b:i_waited 0:0.16 7:0.13 11:0.15
b:i_wanted 1:0.12
b:i_was 0:-0.11 1:0.39 2:-0.29 4:0.1 5:-0.1 6:0.32 7:-0.12 13:0.13
b:i_went 6:-0.12 9:-0.14
b:i_wouldnt 8:-0.14
b:id_already 6:0.1 13:-0.11
b:id_asked 8:0.14
b:id_been 2:0.17 5:-0.14
b:id_call 3:0.11 11:0.16
b:id_even 13:0.12
b:id_give 12:0.15
b:id_never 5:0.14
b:id_rather 6:0.2 11:0.12 12:-0.11 13:0.12
b:idea_how 5:0.16
b:idea_of 13:-0.1
b:if_i 9:0.11
b:if_the 2:0.29 3:-0.12 6:-0.15
b:if_they 10:-0.11
b:if_you 0:-0.11 1:-0.11
b:ill_give 0:0.12
b:im_a 6:0.15
b:im_still 0:-0.11 6:0.13
b:immediately_which 11:-0.12
b:impressed_that 7:0.11
b:in_2 7:0.17
b:in_20 0:0.11 11:0.12
b:in_25 0:0.12 7:0.18
b:in_5 0:0.11
b:in_a 0:0.19 3:0.17 4:0.14 12:0.12
b:in_an 7:0.11
b:in_and 0:0.1 5:-0.17 10:0.21 13:0.14
b:in_at 9:-0.1
b:in_august 7:-0.18
b:in_between 0:0.13
b:in_centre 7:-0.11
b:in_circles 13:-0.1
b:in_five 6:0.11
b:in_for 1:0.24 2:0.2 3:0.14 4:-0.13 5:-0.1 6:-0.12
b:in_front 9:-0.14
b:in_full 5:0.14 6:0.13
b:in_house 10:0.16
b:in_march 0:0.16 7:-0.25
b:in_months 5:0.2 12:0.16
b:in_my 0:0.2 6:0.16 7:0.14 11:-0.14
b:in_on 3:-0.11 7:-0.21
b:in_one 0:-0.14 2:0.29 5:0.11
b:in_pain 2:0.11
b:in_plain 13:0.17
b:in_reception 1:-0.13 5:-0.1 6:0.11 13:0.12
b:in_six 0:-0.11
b:in_store 8:-0.14
b:in_ten 6:-0.11
b:in_that 10:0.11
b:in_the 0:-0.19 3:0.4 5:0.26 6:-0.22 7:-0.36 8:0.18 9:-0.27 10:-0.49 11:-0.32 12:-0.28
b:in_them 2:0.13 9:0.1
b:in_three 7:0.26
b:in_to 0:-0.17 1:-0.11 5:-0.12
b:in_took 1:0.12
b:in_town 3:-0.11 4:0.23 11:0.11 12:0.19
b:in_twenty 0:0.12
b:in_two 1:-0.12 5:0.15 11:-0.1
b:in_was 8:0.11
b:in_week 0:0.19 7:-0.11
b:in_years 5:0.12 11:0.16
b:info_desk 1:0.11 6:-0.13
b:information_about 2:0.1
b:inside_of 3:0.1
b:inside_out 2:0.1 9:0.12 11:0.13
b:instead_of 7:0.25 9:0.13 13:0.17
b:into_a 1:0.12
b:into_the 5:-0.1
b:invoice_arrived 6:0.1
b:is_a 1:0.16 2:-0.13 3:-0.14 13:-0.12
b:is_always 0:0.17 1:0.12
b:is_brilliant 2:0.11 6:0.16
b:is_clean 8:0.11
b:is_half 11:-0.12
b:is_much 5:-0.12
b:is_new 5:0.1
b:is_not 1:0.11
b:is_now 13:-0.13
b:is_steep 11:0.11
b:is_taking 7:-0.11
b:is_terrible 0:0.1 5:0.1
b:is_the 4:0.16 5:0.28 7:0.12 11:0.24
b:is_too 5:0.21
b:is_up 6:0.16
b:is_vivaldi 0:0.1
b:is_worth 11:-0.13
b:isa_allowance 9:-0.13
b:isas_and 2:0.11
b:isnt_cheap 11:-0.2
b:it_a 2:0.13
b:it_all 12:0.14 13:0.12
b:it_and 7:-0.16 9:0.11 13:0.12
b:it_arrived 0:0.14
b:it_back 0:0.14 5:0.1 7:0.1 12:-0.11
b:it_by 0:0.12
b:it_came 6:0.12
b:it_didnt 0:-0.14
b:it_even 13:-0.15
b:it_every 0:-0.13 11:-0.13
b:it_felt 5:-0.15
b:it_fixed 12:-0.16
b:it_for 3:0.11 6:-0.15
b:it_from 3:0.11 11:-0.16
b:it_had 0:-0.15 5:-0.1 6:0.16 8:0.11 13:0.12
b:it_in 12:0.26
b:it_is 2:-0.11 5:-0.16 6:0.12 7:0.17
b:it_isnt 2:0.13
b:it_myself 9:-0.11
b:it_needs 9:0.11
b:it_off 11:0.16
b:it_on 0:0.11
b:it_really 6:-0.12
b:it_so 6:0.11
b:it_still 5:-0.14
b:it_the 4:0.11
b:it_there 8:0.15
b:it_to 12:0.1
b:it_took 13:-0.14
b:it_turned 7:-0.32
b:it_up 1:0.19 9:0.12 12:0.12
b:it_was 1:-0.2 3:-0.13 5:0.36 6:-0.21 8:-0.13 12:0.45
b:it_wasnt 5:0.15 6:0.1 7:-0.11 12:-0.24
b:it_would 0:0.11
b:itd_be 0:0.12
b:its_been 0:0.14 7:-0.12 13:-0.1
b:its_like 8:-0.11
b:its_much 6:0.14
b:its_my 1:0.17 8:-0.13
b:its_not 6:-0.1
b:its_now 0:0.12 7:-0.21
b:itself_was 5:0.16 12:0.12
b:ive_been 12:-0.1
b:ive_ever 10:-0.3
b:ive_had 0:-0.1 1:0.19 2:-0.16
b:jam_constantly 5:0.12
b:just_got 13:0.14
b:just_kept 6:0.15 13:-0.12
b:just_not 8:-0.18
b:just_shrugged 8:-0.13 12:-0.11
b:keep_complaining 7:-0.16
b:keep_leaving 10:-0.11
b:keep_my 8:0.15
b:keep_saying 0:-0.1
b:keep_telling 0:0.12 5:0.16 12:-0.2
b:keep_the 1:0.11 8:0.12
b:kept_coming 12:0.11
b:kept_me 13:0.11
b:kept_saying 6:0.15
b:kept_sending 6:0.11 13:-0.14
b:kept_us 6:0.23 13:0.22
b:kept_waiting 7:0.3
b:kettle_hadnt 6:0.1
b:key_cutting 4:0.1
b:kids_books 4:0.11
b:kids_loved 3:-0.1
b:kind_and 13:0.1
b:kitchen_fitter 1:0.12
b:knew_every 1:0.12
b:knew_exactly 2:0.13 6:-0.11 9:0.26 12:0.12
b:knew_nothing 9:-0.11
b:knew_the 1:-0.18 2:0.23 9:0.16 11:0.13
b:knew_what 5:0.1
b:know_how 2:0.13
b:know_if 2:-0.14
b:know_it 12:0.11
b:know_the 2:0.11 9:-0.13
b:know_their 2:0.19 9:0.21
b:know_what 6:0.11
b:know_whats 6:0.1
b:know_when 6:0.1
b:knowing_exactly 6:0.12
b:knowledgable_and 5:0.13
b:knowledgeable_and 1:0.11 8:0.11 9:0.13
b:knows_more 9:0.11
b:lad_in 1:-0.12
b:lad_on 2:0.2
b:lad_who 0:0.1
b:lads_on 1:0.11
b:lady_on 1:0.13 5:-0.1
b:lady_was 13:0.11
b:last_place 8:0.15
b:last_visit 12:-0.13
b:last_year 1:0.11
b:lasts_for 12:0.16
b:late_and 6:0.17 13:-0.17
b:late_on 0:-0.1
b:later_i 11:-0.1
b:later_than 7:-0.13
b:leaves_the 10:-0.15
b:leaving_reviews 10:-0.11
b:left_half 5:0.11 12:-0.13
b:left_my 5:0.21
b:left_the 0:0.16 1:0.2
b:legroom_in 5:0.12
b:leisure_centre 5:-0.13
b:less_than 11:0.21
b:let_me 6:0.11 13:-0.15
b:letter_about 5:-0.1
b:letter_explaining 13:-0.17
b:letters_from 6:0.15
b:letters_were 2:-0.11
b:letting_agent 13:-0.13
b:like_a 0:-0.13 1:0.18 4:-0.11
b:like_being 8:-0.11
b:like_chewing 1:-0.1
b:like_he 12:0.12
b:like_i 1:0.16 8:-0.15
b:like_sleeping 5:0.13
b:like_that 1:0.1
b:like_the 3:0.1
b:like_we 6:0.1
b:like_youre 8:-0.12
b:liked_that 13:0.14
b:line_of 6:0.11
b:list_for 0:0.16 1:-0.1
b:list_inside 11:0.12
b:listened_to 5:0.11 6:0.12 11:0.1 13:0.11
b:loads_of 0:-0.15 6:0.13
b:locum_gp 9:-0.14
b:lol_the 5:0.13
b:long_as 0:0.14
b:long_story 5:0.12
b:look_at 0:-0.21
b:look_like 6:0.1
b:look_on 5:0.14
b:looked_like 5:0.11
b:looked_up 1:0.14
b:looking_at 12:0.13
b:looking_like 5:0.16
b:looks_brand 0:0.23 3:0.11 5:0.16 7:0.17 12:0.13
b:lost_a 1:0.1 5:0.18 12:-0.11
b:lot_for 11:0.14
b:lot_of 1:0.22 8:0.14 13:-0.21
b:lots_of 11:0.16
b:love_how 0:0.12
b:love_paying 11:-0.12
b:love_that 12:0.14 13:0.16
b:love_the 6:0.19 13:-0.1
b:loved_it 5:-0.11
b:lovely_and 0:0.11 1:0.19 8:-0.1
b:lovely_but 3:0.16 10:-0.13
b:lovely_though 8:0.15
b:lovely_to 0:-0.17 1:-0.16
b:loving_the 11:-0.25
b:machine_was 5:-0.11
b:made_a 1:0.13 12:0.11
b:made_me 2:0.12 8:0.2
b:main_frustration 4:0.14
b:make_it 11:-0.12
b:make_the 8:0.11
b:me_a 2:-0.24 4:0.14 5:-0.14 7:0.15 13:0.13
b:me_about 2:0.19
b:me_an 1:-0.1
b:me_and 13:-0.18
b:me_at 5:0.19 6:0.12 11:-0.11
b:me_back 0:-0.33 6:0.12 13:-0.11
b:me_before 13:0.13
b:me_every 6:0.14
b:me_exactly 2:0.12 5:0.1 6:-0.11 9:0.14
b:me_feel 0:-0.1 1:0.11 8:0.25
b:me_for 0:0.15
b:me_i 2:0.16 5:-0.12
b:me_in 0:0.1 13:0.11
b:me_my 1:-0.23 2:0.26 4:-0.14 9:-0.16 11:-0.1
b:me_off 0:0.12
b:me_on 7:0.1
b:me_our 5:0.11
b:me_out 5:-0.18
b:me_running 1:0.1 8:0.14
b:me_the 1:-0.16 2:0.32 4:-0.1 6:0.12 8:-0.14 9:-0.1
b:me_three 2:0.11
b:me_through 12:0.13
b:me_to 1:0.11 5:0.12
b:me_what 9:-0.15
b:me_when 2:-0.12
b:me_why 0:0.13
b:me_with 5:0.13
b:me_within 0:0.15 7:0.11
b:me_£ 6:-0.11
b:meal_deal 12:0.14
b:meant_to 2:0.14
b:mechanic_was 6:0.1
b:members_and 5:0.12
b:members_said 1:0.11 8:0.14
b:men_left 5:0.11 12:-0.13
b:men_were 5:0.2
b:mentioned_the 1:0.12 5:0.16
b:menu_is 5:0.12 12:0.12
b:merci_for 0:0.11 7:0.11
b:milk_for 5:0.1
b:mins_late 6:0.15
b:minutes_and 0:0.13 1:0.12 7:0.17
b:minutes_of 0:0.21
b:minutes_on 5:-0.11
b:minutes_to 2:0.11
b:minutes_with 1:0.1
b:missed_delivery 12:0.14
b:missed_it 2:0.14
b:missed_three 5:0.12 12:-0.13
b:moan_that 5:0.12
b:mobile_networks 8:-0.14
b:moderator_note 13:-0.16
b:moderator_summary 8:-0.1 13:0.15
b:monday_and 0:0.13 7:0.15
b:month_was 6:0.1
b:months_on 5:0.11
b:more_reliable 6:0.1
b:more_staff 5:0.1
b:more_than 7:0.15 8:0.16 9:0.13 13:0.1
b:morning_to 6:0.13
b:most_of 0:0.13 5:-0.12 6:-0.12 8:0.11
b:most_said 8:0.13 13:0.12
b:moved_out 7:-0.12
b:music_is 0:0.1
b:muy_bien 5:0.15
b:my_account 6:0.17 13:0.11
b:my_blood 8:0.15 9:0.14
b:my_car 3:0.15 7:-0.16
b:my_card 0:0.11
b:my_cracked 5:0.12
b:my_current 11:0.11
b:my_daughters 5:0.15
b:my_deadlift 2:0.1
b:my_dog 1:0.11
b:my_email 6:0.11
b:my_english 8:0.11 13:0.12
b:my_hip 11:-0.12
b:my_house 0:0.1
b:my_husband 1:0.2 8:-0.19
b:my_isa 2:0.13 9:-0.16
b:my_last 7:0.18
b:my_manager 6:-0.11
b:my_mother 1:0.11
b:my_name 2:-0.15
b:my_new 6:0.1
b:my_old 0:-0.22 1:-0.13 2:0.15 6:-0.15
b:my_order 7:0.1
b:my_parcel 5:0.2 12:-0.16
b:my_prescription 5:-0.1 9:-0.15
b:my_son 1:0.12
b:my_suit 5:0.1
b:my_symptoms 9:-0.14
b:my_tyres 2:0.1
b:n_charged 4:0.11 6:0.11
b:n_clean 1:0.12
b:n_the 5:0.22 6:0.12
b:need_it 10:-0.1
b:needed_a 9:-0.13
b:needed_replacing 9:0.11
b:never_a 0:0.15 7:-0.16
b:never_again 5:-0.14
b:never_been 5:0.12
b:never_got 6:0.15
b:never_have 5:0.11
b:never_once 0:-0.16 1:0.1 6:-0.11 7:0.12 13:0.13
b:new_and 4:0.12 5:0.13
b:new_app 6:-0.14
b:new_car 6:0.12
b:new_coffee 5:0.11
b:new_handset 2:0.15 9:0.13
b:new_headsets 6:0.1 13:0.1
b:new_lad 2:0.11
b:new_phone 1:-0.19
b:new_place 6:-0.11
b:new_rye 5:0.1
b:new_starters 2:0.11 9:-0.1
b:new_store 0:-0.11
b:new_tablets 6:0.1
b:new_vet 2:0.11
b:next_day 0:0.1 4:-0.24 7:-0.36
b:next_door 1:-0.16 5:0.14
b:next_morning 0:0.23 3:0.17 7:0.36
b:next_week 10:-0.1
b:ngl_the 8:0.22
b:nhs_dental 0:0.11
b:nice_if 10:-0.1
b:nice_of 6:0.16
b:nice_touch 8:0.12
b:nice_work 0:-0.12 5:-0.15
b:nine_days 0:-0.15
b:no_call 0:0.19
b:no_claims 4:0.15
b:no_email 7:-0.13
b:no_fuss 6:0.15 8:0.16 13:0.19
b:no_idea 2:-0.12 9:-0.13
b:no_more 2:0.11
b:no_one 1:-0.12 2:-0.13 6:0.25 13:-0.17
b:no_quibble 7:0.12
b:no_quibbles 13:0.13
b:no_surprises 4:-0.13
b:nobody_cared 5:0.1 12:0.14
b:nobody_ever 4:-0.12 6:0.14
b:nobody_felt 0:0.13
b:nobody_had 2:0.15 4:0.11 5:0.11 6:0.14 8:0.1 11:-0.11
b:nobody_in 12:0.11
b:nobody_updated 13:-0.11
b:nobody_was 1:-0.18 6:-0.11
b:noise_from 2:0.1
b:none_of 2:0.11
b:not_a 4:-0.11 10:0.13
b:not_as 12:-0.13
b:not_cheap 4:0.13 5:0.23 11:-0.24 12:0.25
b:not_complaining 7:0.1 11:0.21
b:not_exactly 6:-0.1
b:not_get 7:-0.16
b:not_good 8:0.11
b:not_on 1:0.1
b:not_once 7:0.3 11:0.11
b:not_one 0:-0.13
b:not_rude 8:-0.13
b:not_so 12:-0.12 13:0.12
b:not_the 4:0.11 5:0.13 8:-0.1 11:-0.23 12:0.19
b:not_unhelpful 1:0.11
b:not_what 4:-0.11 5:-0.16
b:not_work 12:-0.15
b:note_on 13:0.12
b:nothing_about 9:-0.13
b:nothing_broken 1:0.11
b:nothing_to 1:-0.14 5:-0.15 6:-0.16
b:noticed_when 2:0.12
b:now_the 13:-0.12
b:oat_milk 5:0.12
b:of_a 0:0.32 1:0.13 2:-0.16 3:-0.12 4:-0.11 5:-0.21
b:of_being 9:0.11
b:of_compliments 1:0.11
b:of_course 5:0.12
b:of_date 2:0.12 5:-0.1 13:-0.1
b:of_every 5:0.1
b:of_his 2:0.12
b:of_it 5:0.13
b:of_me 8:-0.15 9:-0.12
b:of_money 0:0.1
b:of_my 0:-0.16 2:-0.13 3:-0.14 5:-0.12 6:0.18
b:of_older 13:-0.12
b:of_order 5:0.12 12:-0.12
b:of_our 0:0.14 1:0.12 5:-0.15
b:of_patients 6:0.11 11:0.1
b:of_reading 1:-0.11
b:of_someone 3:0.1
b:of_staff 8:-0.14
b:of_ten 12:0.15
b:of_the 0:-0.12 8:0.12 10:0.1 11:0.18 12:0.21 13:0.23
b:of_them 1:0.17 2:-0.1 6:0.17
b:of_town 7:-0.11
b:of_us 6:-0.1 12:-0.13
b:of_wee 10:-0.11
b:of_£ 0:0.16
b:off_and 2:0.16
b:off_every 5:-0.11
b:off_for 0:-0.2
b:off_it 8:0.15
b:off_the 5:0.32 10:0.21 12:-0.27
b:off_their 8:0.11
b:often_say 13:-0.11
b:oh_brilliant 6:-0.14 12:-0.1
b:oh_wait 6:0.13
b:ok_for 2:0.15 3:-0.11
b:older_customers 1:0.13 8:0.11
b:older_members 8:0.14
b:older_participants 8:-0.16
b:on_a 0:0.32 2:-0.19 5:0.24 7:-0.19 11:-0.19 12:0.16
b:on_and 12:0.11
b:on_his 1:0.21 8:-0.26
b:on_hold 0:0.43 1:-0.12 6:-0.18 7:-0.13
b:on_how 1:0.14 6:-0.13 8:0.13
b:on_it 3:0.18 5:0.14 12:-0.14
b:on_me 7:-0.11 13:-0.12
b:on_monday 0:0.2 5:-0.13 7:-0.23
b:on_my 2:-0.1 5:0.2 7:0.13 12:0.48
b:on_our 4:-0.16
b:on_saturdays 6:0.11 7:-0.11
b:on_that 10:0.2
b:on_the 1:0.24 4:0.11 5:-0.35 7:0.39 9:-0.15 11:0.13 12:0.13
b:on_thursday 7:-0.21
b:on_time 0:0.25 5:0.18 7:0.31
b:on_top 6:0.17 11:-0.12
b:on_tuesday 0:-0.14
b:on_who 2:0.13
b:once_a 10:-0.17
b:once_had 7:0.1 13:0.13
b:once_in 7:0.19 11:0.1
b:once_made 0:-0.13
b:one_could 2:-0.1
b:one_day 0:-0.11
b:one_had 0:-0.15
b:one_hour 6:0.13 13:0.11
b:one_lady 9:-0.12
b:one_participant 0:0.12 7:-0.11 8:0.12 13:-0.12
b:one_person 0:0.13 7:-0.12
b:one_session 2:0.16 9:0.12
b:online_and 11:-0.15
b:only_3 7:-0.11
b:only_found 1:-0.12
b:only_gripe 3:0.13 7:0.11
b:only_noticed 2:0.11 9:-0.11
b:only_one 3:0.13 4:-0.12
b:only_reason 11:0.11
b:only_the 4:0.1
b:only_took 0:0.11
b:only_£ 11:-0.18
b:opening_hours 0:-0.11
b:opinions_on 8:-0.16
b:or_not 10:-0.1
b:order_said 0:0.15 7:-0.16
b:order_was 8:-0.11
b:ordered_at 0:0.14 7:0.13
b:ordered_the 12:-0.11
b:other_peoples 3:0.13
b:our_dog 5:-0.11
b:our_dogs 5:0.12
b:our_road 0:0.22 7:-0.13 12:0.11
b:our_room 5:0.13 12:-0.1
b:our_table 10:-0.11
b:our_toilets 10:0.11
b:our_waiter 5:0.12
b:our_wedding 0:-0.17
b:out_about 6:0.11 13:-0.15
b:out_and 8:-0.11 11:0.1
b:out_by 5:0.13
b:out_every 6:-0.11
b:out_in 0:0.1 7:0.29 9:0.12
b:out_looking 5:0.13 12:-0.12
b:out_my 6:0.16
b:out_of 5:0.12 12:-0.25
b:out_on 5:-0.11
b:out_perfect 5:0.1
b:out_that 11:-0.2
b:out_the 0:0.24 7:-0.15 9:-0.16
b:out_to 1:0.11 8:0.18
b:out_which 3:0.11 12:0.13
b:out_within 7:0.23
b:over_a 0:0.14
b:over_an 6:-0.11
b:over_and 6:0.1
b:over_the 9:0.14 10:-0.14 11:0.13
b:over_two 6:0.1
b:owner_has 10:0.16
b:paid_a 6:0.11
b:paid_extra 7:-0.13
b:paid_for 5:0.2 9:0.1 12:-0.14
b:paid_out 7:0.3
b:paid_£ 0:0.23 5:0.1 12:-0.11
b:paint_was 2:0.13 3:-0.1
b:parcel_arrived 12:0.2
b:parcel_over 1:0.13 8:-0.11
b:parcel_was 5:0.11
b:parents_have 11:-0.12
b:park_at 4:0.1
b:park_for 0:-0.1
b:parking_at 11:-0.17
b:parking_fine 4:0.1
b:parking_permits 4:-0.15
b:participant_summed 8:0.11
b:participants_agreed 8:0.12 13:0.11
b:participants_described 3:-0.15 6:0.11
b:participants_felt 0:-0.11 8:-0.21
b:participants_found 8:-0.14
b:participants_mentioned 1:-0.14
b:participants_praised 0:0.12
b:participants_said 0:0.14 5:-0.12 13:-0.12
b:particularly_warm 1:-0.13
b:passed_first 5:-0.11
b:pasty_was 5:0.12 12:-0.12
b:patient_with 4:-0.12
b:patients_are 6:-0.1 7:0.12
b:pay_a 11:0.1
b:pay_for 5:0.14
b:pay_the 4:0.11
b:paying_more 4:0.11 11:-0.25
b:paying_£ 5:0.1 11:-0.13
b:penny_for 5:-0.1 11:0.12
b:people_to 2:0.1
b:people_were 1:0.11
b:person_on 7:-0.12
b:pet_shop 1:-0.1
b:phone_and 1:0.24
b:phone_call 6:0.11 8:-0.11
b:phone_menu 6:0.1
b:phone_shop 1:-0.18 2:0.17 5:-0.15 6:0.11 11:-0.11 13:-0.11
b:phone_support 0:0.11 5:0.1 7:-0.1
b:phone_system 6:-0.11
b:phone_was 8:0.14
b:phoned_the 6:-0.15
b:photos_and 2:0.16 5:0.12
b:photos_of 13:0.11
b:picked_up 2:0.21
b:pizza_off 5:0.15
b:place_cleaner 7:-0.13
b:place_in 12:0.14
b:place_that 8:0.15
b:place_was 3:0.12 10:-0.19
b:plain_english 6:0.12 13:0.14
b:plaster_dust 10:0.22
b:play_to 11:0.11
b:plumber_turned 12:0.16
b:pointed_me 5:0.11
b:pointing_out 11:-0.2
b:polite_and 1:0.12
b:polite_but 6:0.13
b:pool_was 12:-0.13
b:post_office 5:-0.12
b:poster_about 13:-0.1
b:praised_as 13:-0.11
b:praised_the 0:0.14
b:prescription_is 0:0.11
b:price_changes 6:0.13
b:price_of 0:-0.18 1:-0.16 6:-0.11 12:0.14
b:price_was 4:0.13 5:0.15
b:prices_are 4:0.11 5:-0.16
b:prices_were 1:0.1
b:printing_and 7:-0.14
b:problem_after 9:0.11
b:problem_in 11:-0.12
b:product_training 9:0.16
b:promised_a 0:-0.13
b:promised_and 2:0.1
b:properly_and 1:0.11 8:-0.1
b:pub_in 11:-0.13
b:put_the 5:0.15 9:-0.11
b:putting_me 0:0.11
b:questions_about 2:0.11
b:questions_on 2:0.12
b:queue_at 0:0.13 5:0.17 6:0.11
b:queuing_at 6:-0.14 12:-0.1
b:queuing_for 0:0.1
b:quick_look 0:-0.15 12:0.14
b:quick_to 4:-0.11 8:-0.1
b:quid_an 4:0.11
b:quid_for 12:-0.11
b:quiet_and 8:0.11
b:quoted_£ 5:-0.12 11:0.12
b:rang_ahead 0:0.16
b:rang_i 4:0.11
b:rang_me 6:0.17 13:0.25
b:rang_the 1:0.18 2:0.12 12:-0.11
b:rang_to 5:-0.14 7:-0.13
b:rather_pay 6:0.11
b:rather_than 5:-0.14
b:rave_about 5:0.18
b:rd_time 12:-0.14
b:read_the 2:0.12 9:-0.12
b:reading_off 1:-0.16
b:ready_at 7:0.15
b:ready_for 7:-0.16 13:-0.12
b:ready_when 0:0.18
b:really_appreciated 1:0.11 6:0.18 13:-0.24
b:really_impressed 7:0.1
b:really_knew 5:-0.11
b:really_know 2:0.12
b:really_reassuring 2:0.14
b:reason_they 1:0.1 11:0.1
b:reasonable_for 3:0.12 11:0.24
b:reassuring_when 2:0.13
b:received_no 5:-0.1
b:reception_at 6:0.11
b:reception_staff 8:-0.19
b:reception_was 5:0.12
b:receptionist_at 8:-0.23
b:receptionist_told 2:0.16 9:-0.13
b:receptionist_was 1:0.22
b:recommended_a 2:0.18
b:refitted_and 5:-0.1
b:reliable_since 6:0.1
b:remaining_branch 5:0.1
b:removal_men 1:0.1 5:0.21
b:repeat_prescription 0:0.12
b:repeat_themselves 13:0.11
b:replaced_it 5:0.12
b:replacement_out 0:0.11
b:replied_to 5:0.12
b:reply_to 0:-0.13
b:reported_a 0:0.19 5:-0.12
b:reported_it 12:-0.11
b:reported_the 0:0.14
b:returns_process 6:0.13 12:-0.11
b:reviews_saying 10:-0.11
b:ring_me 0:-0.14 13:-0.12
b:ring_you 6:0.11
b:rip_off 4:0.14 11:-0.15
b:road_again 5:0.16 12:-0.24
b:room_and 13:0.1
b:room_for 3:-0.11
b:room_hasnt 2:0.1
b:room_was 0:0.16 12:-0.12
b:rooms_smell 3:0.16 10:-0.11
b:round_here 11:0.15
b:round_in 13:-0.11
b:round_the 1:0.16 7:0.15
b:rude_to 7:-0.12
b:run_off 8:0.11
b:running_late 6:0.11
b:rushed_me 6:0.1 13:-0.1
b:s_new 12:-0.11
b:safe_place 5:0.15
b:said_3 7:0.13
b:said_good 1:0.1
b:said_hed 5:0.12 6:0.2 7:0.12
b:said_hello 12:0.14
b:said_i 6:-0.11 9:0.13
b:said_it 2:0.16
b:said_itd 7:0.12
b:said_my 2:0.12
b:said_no 2:0.12 8:-0.14
b:said_she 0:-0.12
b:said_someone 13:-0.14
b:said_the 3:0.19 4:0.19 8:0.18
b:said_their 12:-0.11
b:said_they 4:-0.17 6:-0.15 9:-0.1 12:0.14
b:said_theyd 13:0.18
b:said_to 5:0.12
b:said_yes 2:0.11
b:salesman_was 8:-0.27
b:same_day 0:0.16 13:0.12
b:same_link 6:0.11 13:-0.14
b:same_week 0:0.1 6:-0.14 7:0.13
b:sandwich_was 5:0.12 11:0.23 12:0.17
b:sandwiches_are 5:0.11 12:0.11
b:sat_in 6:0.2
b:saturday_night 0:0.11
b:saved_me 1:-0.11 2:0.29 9:0.24
b:saw_me 1:0.1 8:0.15
b:saw_the 5:0.1
b:say_hed 0:0.11
b:say_it 12:0.1
b:say_its 2:-0.14 5:0.11 12:-0.1
b:say_my 7:-0.14 13:-0.15
b:say_so 5:0.19
b:say_the 5:-0.19 6:0.11 7:-0.14 11:-0.16 13:0.15
b:say_were 4:0.1
b:saying_the 10:-0.12
b:says_it 12:0.1
b:scone_was 5:0.14 12:-0.12
b:scratch_down 5:0.17
b:scratched_the 8:0.1
b:security_guard 1:0.14
b:see_a 5:0.12
b:see_the 0:0.14 10:-0.13
b:see_where 6:0.13
b:seem_to 2:0.11 9:-0.11
b:seen_as 1:0.14
b:sehr_freundlich 0:0.11
b:self_checkouts 0:0.11
b:sell_me 0:-0.13 1:-0.12
b:semi_skimmed 5:0.11
b:sending_me 6:0.11 13:-0.14
b:sent_a 6:0.15 13:0.16
b:sent_me 6:0.17
b:service_advisor 7:-0.15 13:-0.16
b:service_and 2:0.1 4:0.13
b:service_at 4:0.1
b:serving_me 8:-0.13
b:several_had 5:-0.14
b:several_mentioned 5:0.13 8:0.12 12:-0.12
b:several_parents 6:0.11
b:several_people 1:-0.14 5:0.12
b:shame_about 8:0.13
b:shame_the 11:0.11
b:she_even 1:0.13
b:she_had 0:0.12
b:shop_didnt 2:0.11
b:shop_here 1:0.12
b:shop_told 11:-0.1
b:should_be 5:-0.13
b:shouldnt_be 7:0.1
b:shout_out 4:0.1
b:showed_me 4:-0.15 6:0.15 9:0.16
b:showed_us 0:-0.12 1:0.1
b:showers_are 2:0.11
b:since_it 6:0.11
b:since_the 5:0.11 6:-0.16 13:0.11
b:since_they 2:0.11 5:-0.13
b:since_we 1:-0.14 2:-0.17 3:0.15 5:-0.1 7:0.28 9:0.16 10:0.27 13:0.17
b:singled_out 2:-0.1
b:site_and 5:0.1 12:0.1
b:six_minutes 0:-0.17 1:0.24 8:-0.12
b:six_weeks 5:0.2
b:six_years 2:-0.12 11:-0.1
b:skirting_boards 5:0.14 11:-0.16
b:sleeping_on 5:0.13
b:slowly_and 13:0.11
b:small_online 4:0.12
b:smelling_of 5:0.1
b:snapped_at 5:0.11
b:so_customers 12:-0.1
b:so_every 5:0.16
b:so_good 13:0.12
b:so_i 0:-0.19 9:0.11
b:so_ill 8:0.14
b:so_much 2:-0.13 6:0.21
b:so_the 5:-0.13
b:so_they 0:0.14 13:0.12
b:so_we 2:0.17 6:0.11 7:-0.1
b:so_when 6:0.12
b:someone_elses 2:0.15 3:0.23 10:-0.14 12:-0.11
b:someone_will 6:0.14
b:someone_would 13:-0.1
b:sore_point 5:0.11
b:sorted_it 2:0.12
b:sorted_my 0:0.21 7:0.19
b:sparky_was 1:0.11
b:speak_to 0:-0.11 9:0.15
b:speaks_to 1:0.1
b:spent_ages 0:-0.12
b:spent_twenty 1:0.1
b:spoke_to 1:0.17
b:spoken_to 0:-0.11 1:0.11
b:spot_on 0:-0.12
b:spotless_and 3:0.17 10:0.13
b:spotless_record 5:0.16
b:spotted_that 9:0.11
b:squeezed_me 6:-0.11
b:staff_are 1:0.21 4:0.14 5:0.1 8:0.12 12:-0.1
b:staff_as 1:0.11 5:-0.14 8:-0.15
b:staff_canteen 4:-0.13
b:staff_couldnt 5:0.12 8:0.15
b:staff_have 4:-0.12
b:staff_know 9:0.12
b:staff_lovely 8:0.16
b:staff_on 5:0.11
b:staff_were 0:0.11 1:0.14 8:-0.4
b:stale_by 5:0.11
b:stars_for 5:0.14 12:0.13
b:started_sending 6:0.11
b:steered_us 11:0.13
b:steering_wheel 3:0.12
b:step_by 6:0.11
b:sticky_floor 5:0.1
b:still_cant 2:0.16 6:-0.13 7:0.11 9:-0.12
b:still_dark 0:0.19
b:still_had 3:0.12 4:-0.12
b:still_not 7:-0.19 12:0.1
b:still_on 7:-0.17 12:-0.12 13:-0.15
b:still_piping 7:0.11
b:still_there 0:0.2 7:-0.11
b:still_waiting 0:-0.32 6:0.2 13:-0.15
b:still_wont 5:0.12
b:stone_cold 0:0.13 7:-0.15
b:stopped_using 2:0.13
b:stopped_working 13:0.11
b:store_staff 8:-0.14
b:story_short 5:0.12
b:straight_away 7:0.11
b:straight_back 10:-0.14
b:streetlight_outside 7:-0.2
b:strength_of 9:-0.11
b:stuck_to 10:-0.3
b:stuff_and 5:0.1
b:such_a 1:0.12
b:summed_up 8:0.11
b:sunday_roast 11:-0.1
b:support_is 0:0.14
b:surgery_is 8:-0.17
b:surgery_on 3:0.12 7:0.1 10:0.2
b:surprised_the 10:0.16
b:swept_up 3:0.18 10:0.19
b:switched_energy 7:0.12
b:ta_! 10:0.33
b:table_still 3:0.12
b:tables_wiped 10:0.11
b:taking_three 7:-0.11
b:talk_of 8:-0.14
b:talked_about 1:0.13
b:talked_me 9:0.1 12:0.14
b:tasty_but 8:-0.1
b:tbh_the 5:0.12 12:-0.12
b:tea_was 12:-0.11
b:teacher_is 6:0.11
b:team_are 1:0.13
b:team_were 1:0.11
b:teeth_and 1:0.1
b:tell_me 1:-0.2 4:-0.1 5:-0.13
b:tell_them 13:0.11
b:tell_us 4:0.19 13:-0.1
b:tell_you 5:-0.15 9:0.11
b:telling_me 2:-0.1 5:0.16
b:telling_us 0:0.14 12:-0.17
b:tells_us 6:0.11 13:-0.11
b:tells_you 6:0.17 13:0.13
b:ten_minutes 0:0.2 6:-0.12 7:0.28
b:ten_out 12:0.15
b:tenner_for 11:0.35
b:text_saying 13:-0.12
b:text_the 13:0.1
b:than_he 7:-0.1
b:than_my 3:0.11 10:0.11 12:-0.13
b:than_once 4:0.11
b:than_the 4:0.18 5:-0.12 9:0.14
b:than_us 5:0.11 12:0.11
b:thank_you 1:-0.16 12:0.11
b:thanks_for 13:-0.14
b:that_a 7:0.13
b:that_before 6:0.13 13:0.11
b:that_didnt 9:-0.13
b:that_for 0:0.1
b:that_is 12:-0.17
b:that_it 1:0.13
b:that_lasted 12:-0.14
b:that_my 2:0.1 9:0.15
b:that_nobody 6:0.1
b:that_the 4:-0.15 5:0.16 6:0.26 9:0.11 10:-0.12
b:that_they 5:0.11 13:0.17
b:that_was 0:-0.35 1:0.14 5:-0.33 9:-0.12 13:-0.16
b:thats_been 13:-0.1
b:the_19 13:-0.1
b:the_3 13:-0.1
b:the_advice 2:0.13
b:the_advisers 2:0.11
b:the_afternoon 3:0.11
b:the_agent 1:0.12 8:-0.12 13:-0.22
b:the_aisles 3:0.11
b:the_angry 13:0.11
b:the_app 1:-0.15 5:0.36 11:0.12 13:-0.11
b:the_apps 6:0.12
b:the_assistant 1:0.11
b:the_back 10:-0.11 11:0.17 12:-0.13
b:the_bag 5:-0.12
b:the_band 1:-0.12
b:the_bank 1:0.15 8:0.12
b:the_banks 0:0.13 5:0.14 6:-0.11
b:the_bar 1:0.15 5:0.13
b:the_barber 5:0.13
b:the_bath 10:-0.18
b:the_bathroom 5:-0.11
b:the_battery 12:0.14
b:the_bell 5:0.1
b:the_best 2:-0.15 3:-0.16 4:0.13 5:0.16 12:0.23
b:the_big 2:0.19 5:-0.12 11:0.16
b:the_bill 1:0.28 4:0.33 5:0.26 8:-0.16 13:0.18
b:the_bin 5:0.18 13:-0.21
b:the_bins 3:0.13 5:0.15 10:-0.14
b:the_bits 5:-0.1
b:the_bloke 1:0.22 2:0.1 5:-0.13
b:the_boiler 3:0.14
b:the_booking 7:0.15
b:the_boss 2:0.1
b:the_box 13:0.13
b:the_brakes 9:0.11
b:the_branch 5:-0.18 7:0.13 9:-0.18
b:the_breakfast 5:0.13 12:0.11
b:the_broadband 6:-0.11
b:the_builders 11:0.1
b:the_burgers 10:-0.14
b:the_burnt 5:0.15
b:the_cable 5:0.14
b:the_caf 5:0.15
b:the_cake 5:0.26
b:the_call 0:0.18 5:-0.12
b:the_car 0:0.35 1:0.14 2:-0.14 3:0.16 5:0.16 6:-0.18 12:-0.13
b:the_card 5:-0.12
b:the_care 5:0.11 12:0.11
b:the_carpet 5:0.11
b:the_cast 5:0.12
b:the_cat 12:0.12
b:the_change 1:0.13 8:0.13
b:the_changing 3:0.1 11:0.14 12:0.13
b:the_chap 1:0.12
b:the_chat 6:0.16 13:-0.27
b:the_chatbot 6:0.12
b:the_cheaper 2:0.13 9:0.11
b:the_cheapest 2:-0.1 11:-0.17
b:the_chef 10:-0.15
b:the_chicken 8:0.14
b:the_childrens 3:0.12
b:the_chips 5:0.11 12:-0.21
b:the_city 5:0.1
b:the_cleaners 3:0.11 5:-0.12
b:the_cleanest 10:0.12
b:the_cleaning 10:0.2
b:the_club 12:-0.1
b:the_clubs 12:-0.1
b:the_committee 5:0.1 12:-0.11
b:the_company 1:-0.11 6:0.23 12:-0.12
b:the_complaints 4:-0.11 6:0.13 7:0.1
b:the_complimentary 4:-0.11
b:the_consensus 5:0.11
b:the_contractors 5:0.1
b:the_cost 5:-0.11 10:0.13
b:the_couch 5:-0.1
b:the_council 0:0.27 7:-0.16
b:the_councils 2:-0.11 6:0.16 13:-0.11
b:the_counter 0:0.11 1:0.12 7:0.14
b:the_courier 2:-0.11 5:0.14 6:0.12 7:0.13 8:-0.14 12:-0.11 13:0.11
b:the_crew 1:0.1
b:the_customer 5:0.13 10:-0.15 13:-0.1
b:the_cut 0:-0.11 5:0.11 6:0.13
b:the_cutlery 1:0.1
b:the_damp 10:0.16
b:the_date 13:0.12
b:the_day 0:-0.11 6:0.19 7:0.11 13:0.1
b:the_dealer 9:0.16
b:the_dentist 6:0.1
b:the_depot 7:-0.12
b:the_desk 2:-0.1 3:0.15 4:0.12
b:the_doctor 6:0.21
b:the_dog 3:0.14
b:the_door 0:0.21 1:0.11 5:-0.16 8:-0.1
b:the_doors 7:-0.14
b:the_drive 3:0.14
b:the_driver 1:0.13 6:0.17
b:the_drivers 3:0.11 5:-0.14
b:the_dry 3:-0.1 5:0.2
b:the_eggs 8:0.16
b:the_electrician 10:0.12
b:the_emergency 7:-0.2
b:the_end 5:-0.15 7:-0.1
b:the_express 0:0.28 5:-0.1 7:-0.22
b:the_extra 2:-0.13 4:0.26 6:0.15 11:0.1
b:the_fees 0:0.1 4:0.14
b:the_final 5:-0.13
b:the_first 3:-0.13 5:0.3 6:0.13 7:0.11 8:0.18 13:0.15
b:the_fish 3:-0.1 5:0.13
b:the_floor 3:0.17 4:-0.11 5:-0.11 11:0.14
b:the_following 0:0.2 7:-0.16
b:the_food 5:0.22 12:0.31
b:the_form 1:0.11 8:-0.1
b:the_free 12:0.13
b:the_friendliest 1:0.12 8:-0.16
b:the_front 3:0.1 5:0.18 10:-0.1
b:the_full 12:0.11
b:the_gate 1:0.15 8:-0.15
b:the_glass 3:0.1
b:the_gp 1:0.12 9:0.14
b:the_group 6:-0.22 12:0.26
b:the_groups 12:-0.11
b:the_guard 2:0.11
b:the_guy 2:0.14 5:0.14
b:the_hake 9:0.11
b:the_headphones 12:0.13
b:the_headsets 13:0.19
b:the_helpline 1:0.13
b:the_high 5:-0.14
b:the_hole 1:0.1
b:the_hospital 1:-0.12 4:0.15 11:-0.22
b:the_hour 1:0.11 11:0.1 13:0.1
b:the_info 1:0.11 6:-0.13
b:the_inside 3:0.1
b:the_installation 5:0.12
b:the_invoice 4:0.14
b:the_job 5:-0.13
b:the_kettle 6:0.12
b:the_kids 5:0.14 12:0.11
b:the_kitchen 7:-0.13
b:the_knee 5:0.12
b:the_lad 2:0.14 5:0.13 7:0.12 8:-0.13 9:-0.13 12:-0.13
b:the_lady 8:0.21 13:0.14
b:the_lamb 5:0.17
b:the_laptop 9:-0.1
b:the_last 5:-0.17 8:0.14 10:-0.11 12:-0.1
b:the_late 4:0.11
b:the_laundrette 10:0.16
b:the_leak 0:0.15 5:0.11 12:0.15
b:the_leisure 5:-0.11
b:the_letter 6:0.12
b:the_letting 13:-0.13
b:the_library 3:0.11 8:0.11
b:the_list 11:0.13
b:the_little 4:0.12
b:the_lockers 5:0.16 12:-0.1
b:the_locum 2:0.13
b:the_lowest 0:0.1
b:the_machines 5:0.13 8:0.12 12:-0.13
b:the_main 4:0.15 6:0.1 12:0.21
b:the_man 1:0.13 5:0.21 8:-0.11
b:the_manager 0:-0.11 1:0.3
b:the_mats 3:0.12
b:the_mechanic 2:0.16
b:the_middle 5:0.21 12:-0.1
b:the_mobile 8:-0.11
b:the_moderator 10:0.16
b:the_monday 7:0.15 12:0.16
b:the_mot 5:-0.14
b:the_new 0:-0.19 1:-0.13 3:-0.13 4:-0.15 7:0.19 9:-0.18 13:0.49
b:the_next 0:0.13 7:0.27 13:0.1
b:the_night 1:0.18 8:0.17
b:the_noise 2:0.1
b:the_old 6:-0.13
b:the_one 0:0.11 3:0.21 5:-0.14
b:the_only 6:0.13
b:the_operation 13:0.15
b:the_optician 2:0.14
b:the_opticians 1:-0.14
b:the_other 3:0.11
b:the_oven 5:0.11
b:the_owner 4:0.11 5:0.1
b:the_paint 2:0.24 3:-0.11 9:-0.13
b:the_passport 7:0.11
b:the_pet 1:-0.1
b:the_pharmacist 0:-0.12 2:0.21 9:0.26
b:the_pharmacy 0:0.12 9:-0.11
b:the_phone 1:0.22 2:0.15 3:-0.11 4:0.13 5:-0.26 8:-0.19 9:-0.24
b:the_phones 2:0.12
b:the_photos 5:0.19
b:the_physio 1:-0.13 5:0.24 12:0.22
b:the_pillow 3:0.1
b:the_pilot 6:0.18
b:the_place 3:0.14 5:0.14 7:-0.14
b:the_plaster 10:0.26
b:the_pool 3:0.1 6:0.16 12:-0.14
b:the_post 0:0.13
b:the_practice 2:-0.14 4:0.12
b:the_previous 3:0.11
b:the_price 1:-0.16 4:0.31 5:0.14 11:0.24 13:-0.15
b:the_prices 4:0.16
b:the_printing 6:0.15
b:the_problem 11:-0.14 13:-0.18
b:the_pt 11:-0.11
b:the_queue 0:0.37 5:-0.24 7:-0.15
b:the_quick 0:0.12
b:the_quote 0:0.12 4:0.11
b:the_ramp 7:-0.14
b:the_rash 2:0.11
b:the_reason 1:0.1
b:the_receptionist 1:0.33
b:the_red 3:0.12 12:0.16
b:the_refit 13:-0.1
b:the_refund 6:-0.11 7:0.11
b:the_removal 5:0.15 8:0.1
b:the_repair 6:0.11 13:0.19
b:the_restaurant 0:0.11 8:0.15
b:the_returns 12:-0.13
b:the_rewiring 10:0.11
b:the_right 2:0.12 9:0.19
b:the_road 1:-0.19 12:-0.14
b:the_roof 9:0.12 12:0.11
b:the_room 1:0.2 6:0.1 12:-0.13
b:the_rooms 3:0.13 12:-0.12
b:the_router 2:0.13
b:the_rubbish 5:0.11 12:-0.13
b:the_same 6:0.12 7:0.13 8:0.1 10:-0.16 12:-0.11
b:the_sandwiches 4:0.11 12:0.11
b:the_screen 5:0.18
b:the_self 5:-0.1
b:the_session 0:-0.1
b:the_shoes 5:0.12 12:-0.11
b:the_shop 5:0.13
b:the_shops 8:-0.11
b:the_shower 11:-0.11
b:the_side 5:0.14 12:-0.1
b:the_skirting 11:-0.14
b:the_slides 6:0.11
b:the_spa 4:0.13
b:the_staff 1:0.13 5:-0.17 6:-0.14 8:0.17 11:-0.21
b:the_steering 3:0.12
b:the_store 6:-0.1
b:the_stylist 1:0.11 5:0.12
b:the_sunday 11:-0.11
b:the_supermarket 1:0.12
b:the_surgery 2:0.12 7:0.11 8:-0.16 9:0.11
b:the_system 1:-0.12
b:the_tap 5:0.14 7:-0.13 12:-0.13
b:the_tax 2:0.14
b:the_team 2:0.14
b:the_three 0:0.14 7:0.12
b:the_tills 0:0.13 1:0.19
b:the_time 0:0.1 2:0.12 5:-0.18 6:-0.12 8:0.15 12:-0.14
b:the_tip 1:0.14 8:0.14
b:the_toilets 0:-0.1 3:0.23
b:the_train 6:0.18 11:-0.26
b:the_two 7:-0.12
b:the_tyre 2:0.22
b:the_van 0:0.14 7:0.13
b:the_vet 2:0.11 5:-0.11
b:the_wait 0:0.35 5:0.11 7:-0.14 8:0.13 12:0.13
b:the_waiter 1:0.13 8:0.16 10:-0.11 12:-0.14
b:the_waiting 0:-0.16 1:-0.1 2:0.11 3:0.22 9:0.12
b:the_walk 7:-0.11
b:the_ward 9:-0.1
b:the_warden 1:0.1
b:the_warranty 2:0.12
b:the_way 0:-0.1 1:0.15 13:0.12
b:the_website 13:-0.19
b:the_wedding 6:0.26 12:0.14
b:the_week 0:-0.13
b:the_wheels 5:0.13 7:-0.14 13:-0.12
b:the_whole 1:0.16 2:0.15
b:the_wifi 5:0.28 12:-0.19
b:the_windows 3:0.1
b:the_wine 11:0.12
b:the_woman 0:-0.1 1:0.3
b:the_work 5:0.13
b:the_worn 6:0.14
b:the_wrong 2:0.37 5:-0.22 7:-0.11 8:-0.17 9:-0.35
b:the_younger 0:-0.14
b:the_£ 0:0.1 1:0.11 4:0.27 6:0.22 11:-0.21
b:their_conversation 8:-0.13
b:their_credit 6:0.12
b:their_feet 8:0.11
b:their_stuff 2:0.13 9:0.12 13:-0.12
b:them_at 5:0.12 12:-0.1
b:them_on 7:-0.1
b:them_that 0:0.13
b:them_to 6:0.22
b:them_when 13:0.12
b:themselves_were 0:-0.13
b:then_the 2:0.11
b:there_and 1:0.11 6:-0.11 8:0.22 13:-0.12
b:there_was 5:0.11 8:-0.14
b:there_were 5:-0.19
b:these_days 5:-0.13
b:they_called 13:0.21
b:they_can 6:0.28 11:0.13 12:0.12
b:they_charged 4:0.12
b:they_clearly 1:0.11
b:they_come 1:0.12
b:they_cut 2:0.12 5:-0.11
b:they_did 11:0.11
b:they_didnt 1:0.16 8:0.13
b:they_emailed 13:0.14
b:they_fitted 5:0.1 12:-0.11
b:they_get 3:-0.11 6:-0.15
b:they_had 10:0.14 12:0.14
b:they_have 0:0.15
b:they_never 13:-0.28
b:they_rang 12:0.12 13:0.11
b:they_replaced 5:0.11 12:-0.1
b:they_said 0:0.15 13:0.13
b:they_say 1:-0.12
b:they_scratched 8:0.1
b:they_sent 6:0.13 13:0.12
b:they_speak 9:0.15
b:they_still 6:-0.1
b:they_took 4:-0.12 6:0.12
b:they_were 1:-0.14 5:0.14 6:0.17 7:-0.18 9:-0.12 10:-0.13
b:think_we 4:0.11
b:this_lot 7:0.15
b:this_month 0:-0.13 6:0.25
b:thorough_and 1:-0.15
b:those_who 0:0.12 5:0.15
b:though_several 8:0.12 13:-0.12
b:though_the 5:-0.15
b:thought_was 3:0.11 5:0.13 12:0.14
b:three_courses 12:0.11
b:three_different 2:0.14 9:-0.12 12:-0.11
b:three_hours 0:0.2 7:-0.13
b:three_times 6:-0.12 8:-0.11 13:-0.1
b:three_visits 7:0.25
b:three_weeks 0:0.12 2:-0.1 6:0.12 12:-0.22
b:three_winters 12:0.14
b:three_working 7:-0.1
b:three_years 2:0.12
b:through_the 6:0.26 10:-0.1 12:-0.22 13:0.13
b:through_to 0:0.15
b:thyroid_problem 2:0.12 9:0.15
b:ticket_number 0:0.14 7:-0.1
b:tickets_were 12:0.11
b:tidy_job 5:0.1
b:time_and 1:0.17 8:-0.11
b:time_i 0:0.21 7:-0.23
b:time_in 5:0.19 12:0.17
b:time_like 1:0.12
b:time_my 7:-0.2
b:time_the 5:0.13
b:time_they 6:-0.13
b:time_to 2:0.12 6:0.12 8:0.26
b:times_and 2:0.12 9:-0.18
b:times_have 7:0.13
b:to_5 7:0.16
b:to_a 1:-0.13 5:0.35 9:0.11 11:0.14 12:0.12
b:to_an 6:0.11
b:to_answer 0:0.1
b:to_ask 0:-0.12 1:0.19 2:0.11 4:-0.14 5:-0.1 6:-0.14 9:-0.26
b:to_be 0:-0.18 1:0.12 3:0.16 4:0.23 5:0.13
b:to_bring 6:0.12
b:to_buy 2:0.1
b:to_call 0:-0.16 6:-0.1
b:to_chase 2:-0.13 13:0.15
b:to_check 6:0.15 9:0.2
b:to_come 0:0.13 1:-0.1 6:-0.1
b:to_complain 3:0.12
b:to_emails 12:0.15
b:to_explain 1:-0.14 2:0.15 6:0.28
b:to_find 0:-0.14 6:0.11 13:-0.18
b:to_fix 7:0.13
b:to_follow 6:0.13
b:to_get 7:-0.13 11:-0.25
b:to_go 1:-0.14 7:-0.11 11:0.11 12:-0.28
b:to_its 0:0.11
b:to_keep 1:0.25 8:0.21 11:0.14
b:to_know 9:-0.17
b:to_manchester 11:-0.28
b:to_me 6:0.13 9:-0.15
b:to_my 0:-0.13 1:0.22 5:-0.16
b:to_one 12:0.11
b:to_park 0:-0.13 4:0.11
b:to_pay 11:0.15
b:to_read 1:0.19 6:0.2
b:to_repeat 6:0.11 13:0.11
b:to_report 6:-0.12
b:to_ring 0:-0.11
b:to_say 2:-0.15 6:0.19 7:-0.22 8:0.1
b:to_see 10:-0.12
b:to_sell 6:-0.12
b:to_stop 4:-0.1
b:to_take 0:0.14 2:0.12
b:to_tell 2:0.17 6:0.18
b:to_the 0:0.32 1:0.21 2:-0.15 5:-0.18 6:-0.21 12:0.24 13:-0.14
b:to_their 0:0.16 8:-0.15
b:to_them 7:-0.12 11:0.15
b:to_three 13:-0.13
b:to_under 7:0.14
b:to_upsell 1:0.18
b:to_us 0:0.3 6:-0.25 7:0.13
b:to_use 2:0.25 5:0.11 12:0.11
b:to_wipe 3:0.12
b:to_work 2:0.1
b:to_write 1:-0.12 5:-0.12
b:to_zero 10:0.18
b:to_£ 4:-0.16 6:0.11
b:toilets_are 5:0.11
b:toilets_have 10:0.15
b:toilets_were 3:0.12
b:told_about 6:0.14
b:told_i 2:0.12
b:told_it 2:0.14
b:told_me 1:-0.14 2:0.43 4:-0.26 6:-0.26 8:-0.14 13:-0.1
b:told_my 7:-0.1
b:told_off 0:-0.15
b:told_the 1:0.13 8:0.11 10:-0.1 13:-0.1
b:told_three 6:0.1
b:told_to 1:0.1 6:-0.11
b:too_bad 7:0.12
b:too_cold 12:0.21
b:too_long 1:0.1
b:took_3 7:0.15
b:took_a 0:0.19 4:-0.18
b:took_about 7:0.11
b:took_her 0:-0.15
b:took_it 11:0.13
b:took_my 8:0.1
b:took_the 4:0.18
b:took_three 0:-0.13
b:took_two 1:0.1 12:-0.13
b:top_of 1:-0.13 6:0.18
b:town_but 11:-0.15
b:tr_s 4:0.21
b:tracking_said 6:0.11
b:travel_agent 2:0.11
b:treat_you 8:-0.13
b:tried_the 5:0.11 12:-0.1
b:try_to 1:0.16 8:0.18
b:trying_to 8:-0.12
b:tuesday_lunchtime 7:0.15
b:turned_out 0:-0.12
b:turned_up 0:0.46 2:-0.13 6:0.19 11:0.11 12:0.17 13:-0.1
b:turns_up 0:0.14 7:0.11
b:twenty_minutes 0:0.19 2:0.15 12:0.16
b:twice_in 4:0.15
b:twice_to 12:-0.16
b:two_courses 11:0.11
b:two_days 4:-0.14 5:0.26 7:0.2 12:-0.15 13:0.12
b:two_different 2:0.11
b:two_for 5:0.1 12:0.16
b:two_hour 13:0.11
b:two_hours 6:0.26 13:-0.16
b:two_minutes 0:-0.14
b:two_of 11:0.1
b:two_participants 5:-0.13
b:two_weeks 0:0.13
b:two_years 9:-0.1
b:tyre_place 2:0.11 9:0.15
b:under_six 1:0.11
b:understand_the 13:0.14
b:until_i 12:-0.13
b:up_after 3:0.21 5:0.17 7:0.16 12:0.3
b:up_again 11:-0.13
b:up_all 10:0.11
b:up_and 11:-0.13
b:up_at 0:0.16 8:-0.1 13:-0.1
b:up_in 7:0.16 10:0.13
b:up_my 7:0.11 11:0.15
b:up_queuing 12:-0.1
b:up_the 0:-0.11 4:-0.13 5:0.11 10:0.13 12:0.23
b:up_to 4:-0.13 7:0.13 12:-0.1
b:up_within 5:-0.1
b:update_on 0:-0.11
b:updated_every 6:0.11 13:0.14
b:updated_them 13:-0.11
b:upgrade_and 12:-0.1
b:upsell_me 1:0.15
b:urgent_passport 0:0.1
b:us_a 1:0.18 8:0.15 12:-0.11
b:us_asking 5:0.15 12:-0.1
b:us_in 0:0.15 7:-0.1
b:us_our 11:0.14
b:us_round 0:-0.12
b:us_the 2:-0.13 5:0.17 6:0.2 12:-0.2 13:-0.12
b:us_to 11:0.14 13:-0.14
b:us_updated 6:0.15 13:0.19
b:us_were 1:0.11
b:use_again 2:0.11
b:use_for 2:0.11 5:0.12
b:use_the 5:-0.14
b:used_to 11:-0.11
b:using_it 2:0.17
b:valued_the 11:0.11
b:very_apologetic 3:0.12 10:0.1
b:very_knowledgable 5:0.14
b:very_much 8:0.11
b:vet_nurse 0:-0.11
b:view_of 12:-0.13
b:vivaldi_on 0:0.1
b:wait_at 7:0.16
b:wait_in 0:-0.11
b:waiter_knew 11:0.13
b:waiter_was 1:0.13
b:waiting_area 3:0.18 5:0.12
b:waiting_for 8:-0.1
b:waiting_list 1:-0.11 7:-0.1
b:waiting_room 1:-0.14 3:0.12 5:-0.22 10:0.12
b:waits_of 5:0.13
b:walk_out 0:0.11
b:walking_past 0:0.1
b:want_to 0:0.14
b:war_super 12:0.1
b:warm_and 12:-0.11
b:warned_about 11:0.12
b:was_a 1:0.29 2:0.14 3:0.1 4:0.11 5:0.13 8:-0.14 9:0.1 11:0.15 12:0.19 13:-0.13
b:was_amazin 3:0.11 10:-0.12
b:was_an 11:0.14
b:was_apologetic 6:-0.11
b:was_back 0:0.1
b:was_barely 12:-0.16
b:was_cancelled 6:0.1
b:was_clean 10:0.12
b:was_delivered 8:-0.11
b:was_described 3:0.12 4:0.1
b:was_doing 5:0.11
b:was_easy 5:0.1
b:was_excellent 2:0.1 9:0.1
b:was_filthy 3:0.17 10:-0.11
b:was_fine 1:-0.33 4:-0.12 5:-0.17 6:-0.13
b:was_flat 12:-0.33
b:was_free 12:-0.18
b:was_full 0:-0.11
b:was_genuinely 4:0.1
b:was_getting 6:0.1
b:was_given 2:0.1
b:was_great 1:0.17 12:0.16
b:was_immaculate 3:0.12 10:0.1
b:was_impossible 3:0.11 12:0.13
b:was_in 5:0.12 7:0.15 12:-0.13 13:0.15
b:was_just 2:0.1
b:was_lovely 1:0.3 5:-0.12 8:0.24 12:-0.17
b:was_missing 1:-0.11
b:was_my 8:-0.11
b:was_nice 8:0.14
b:was_ok 3:-0.12
b:was_on 5:0.12
b:was_out 4:0.1 9:0.12
b:was_over 0:-0.11
b:was_overcooked 8:0.1
b:was_particularly 1:-0.15
b:was_patient 0:0.12
b:was_promised 5:-0.14 6:0.12
b:was_quick 1:0.13
b:was_ready 0:0.13 5:0.1 6:0.12
b:was_really 5:0.12 12:0.13
b:was_rough 5:0.12 12:-0.12
b:was_rude 1:-0.11
b:was_sat 8:-0.1
b:was_so 1:0.12 2:-0.11 5:-0.16 13:0.14
b:was_some 8:-0.14
b:was_sound 1:0.15 6:0.13
b:was_spot 0:-0.1
b:was_spotless 0:-0.12 3:0.15
b:was_still 1:-0.13 7:-0.18 13:-0.13
b:was_stress 9:0.11
b:was_stunning 5:0.13 12:0.11
b:was_supposedly 1:0.11
b:was_tasty 8:-0.1
b:was_that 1:0.14 4:-0.14
b:was_the 2:-0.18 3:0.12 6:0.23 10:0.11 12:0.24
b:was_thorough 1:-0.11
b:was_told 3:-0.1 7:-0.15
b:was_up 11:-0.11
b:was_very 5:0.11 9:0.13 11:-0.11
b:was_well 9:0.11
b:was_worth 12:0.1
b:was_£ 3:0.1 4:0.24 5:-0.14 12:-0.11
b:wasnt_the 0:0.15
b:wasnt_too 7:0.12
b:water_company 0:0.11
b:way_the 1:0.12
b:way_to 8:0.11
b:we_brought 10:0.16
b:we_can 6:0.13
b:we_cant 6:0.12
b:we_charge 4:0.12
b:we_dont 6:0.13
b:we_finally 9:0.16
b:we_got 2:-0.1 6:0.14 7:0.26
b:we_had 0:-0.18
b:we_look 6:0.1
b:we_paid 12:-0.12
b:we_started 3:0.18
b:we_waited 1:0.11
b:we_went 0:0.11 6:-0.11
b:we_were 0:0.15 2:0.19
b:wedding_invites 6:0.16 13:0.15
b:week_after 0:0.1
b:week_before 0:-0.11
b:week_job 0:0.14
b:week_late 6:0.11
b:week_later 2:0.13
b:weekend_and 5:0.11
b:weeks_and 7:-0.18
b:weeks_to 0:0.11 5:-0.16
b:well_be 1:-0.1
b:well_lit 5:-0.11
b:well_packed 5:0.17
b:well_with 11:0.11
b:went_at 5:0.1
b:went_in 0:-0.12 7:-0.11 11:0.1 12:-0.24
b:went_out 8:0.11
b:went_through 6:0.15 13:0.19
b:went_to 0:0.12 6:-0.21 13:-0.21
b:went_up 4:-0.31 6:0.12
b:were_all 1:-0.14 3:-0.11
b:were_always 5:0.1
b:were_asked 2:-0.12
b:were_broadly 13:0.11
b:were_clear 13:0.11
b:were_cut 0:0.12
b:were_dead 3:0.11
b:were_described 5:0.15 13:0.11
b:were_fine 2:0.17 5:-0.1 8:-0.18
b:were_getting 0:-0.11
b:were_given 2:0.12
b:were_gorgeous 5:0.1
b:were_like 10:-0.1
b:were_lovely 12:-0.12
b:were_mixed 12:0.14
b:were_not 5:-0.14 10:-0.11
b:were_on 0:0.16
b:were_praised 1:0.12 11:0.12
b:were_rated 0:-0.11
b:were_rubbery 8:0.15
b:were_said 5:0.1
b:were_split 8:-0.16
b:were_still 3:-0.12 5:0.2 11:0.11
b:were_the 0:-0.11 4:0.22 10:0.1
b:were_told 1:0.19 2:-0.11 6:0.17
b:what_a 6:-0.1 11:-0.22 12:-0.44
b:what_an 1:-0.11 9:-0.2
b:what_he 5:0.1 12:0.11
b:what_i 4:0.11 11:0.16
b:what_it 5:-0.11 11:-0.16
b:what_the 11:0.11
b:what_they 6:0.15 11:0.13
b:what_theyre 4:-0.15
b:what_to 6:0.12 13:0.14
b:what_was 5:-0.15 6:0.2
b:what_would 13:0.11
b:what_you 12:-0.1
b:what_youd 1:-0.14 5:-0.1
b:whats_going 6:0.12
b:when_asked 1:-0.13
b:when_customers 6:0.11
b:when_dad 2:0.11
b:when_he 2:-0.11 5:0.15 8:0.2
b:when_i 0:0.13 1:0.46 5:0.14 6:-0.23 8:-0.26 11:0.12 12:-0.12
b:when_it 2:0.11 12:-0.13 13:-0.11
b:when_its 0:-0.15 6:0.23
b:when_my 5:0.15
b:when_she 0:0.14 7:0.13
b:when_the 1:-0.3 2:0.13 5:-0.11 6:0.14 11:-0.11 13:0.12
b:when_their 5:-0.11 6:0.13
b:when_they 13:-0.21
b:when_we 5:0.11 6:0.12 13:-0.17
b:where_anything 9:-0.1
b:where_else 11:0.13
b:where_i 13:0.1
b:where_it 6:0.12
b:where_the 0:-0.12 6:0.14
b:where_their 6:0.17
b:whether_i 2:0.15
b:whether_the 0:-0.14 1:-0.12 2:0.1 5:-0.17 6:-0.11 9:-0.12
b:whether_they 10:-0.1
b:which_customs 1:0.1
b:which_cut 2:0.11
b:which_dishes 2:0.12 5:-0.13
b:which_i 3:0.13
b:which_is 0:-0.23 1:-0.14 6:0.15 13:-0.12
b:which_they 1:-0.1 6:0.14
b:which_two 11:-0.11
b:which_was 2:-0.11
b:while_i 0:0.2 7:0.2 11:0.18
b:while_you 0:0.1
b:who_actually 2:0.14
b:who_had 0:0.19 7:-0.16 9:-0.12
b:who_they 9:0.14
b:whole_time 1:0.27 5:0.12 8:-0.11
b:why_i 6:0.12
b:why_it 13:0.12
b:wifi_was 12:-0.15
b:window_and 7:0.17
b:wine_list 11:0.12
b:wine_stain 5:0.11
b:wiped_the 10:0.11
b:with_a 1:0.15 2:-0.19 6:0.13 7:0.13 8:-0.18 10:-0.11 11:0.11 12:-0.15
b:with_customers 1:0.11
b:with_her 1:0.1
b:with_me 0:-0.15
b:with_my 0:-0.1 5:-0.15 6:-0.21 8:0.12 9:0.11 12:0.11
b:with_no 6:0.3
b:with_our 1:0.13
b:with_that 4:0.14 11:0.22
b:with_the 1:-0.37 2:0.28 5:0.11 9:0.14 10:-0.14
b:with_them 1:0.21 4:-0.13
b:within_24 0:-0.27
b:within_3 7:0.27
b:within_48 5:0.11 7:-0.13 13:-0.11
b:within_5 0:0.11
b:within_a 0:0.25 5:0.11 12:-0.24 13:0.11
b:within_the 0:-0.1 1:0.14 6:0.1
b:without_us 5:0.16 8:0.1 12:-0.11
b:woman_at 1:0.11
b:woman_on 1:0.13
b:word_of 5:-0.11
b:work_if 0:-0.12 5:-0.15
b:work_on 5:0.21
b:work_with 0:-0.12
b:worked_out 2:0.11
b:working_after 13:0.11
b:working_days 0:0.21
b:works_for 9:-0.1
b:worn_pads 6:0.13
b:worth_every 4:0.13 11:0.17
b:worth_it 3:-0.11 11:-0.15
b:worth_the 3:-0.13 4:0.13 5:0.29 12:0.13
b:would_be 0:0.14 1:-0.12 2:-0.11 10:-0.12 13:-0.11
b:would_happen 13:0.11
b:would_have 13:-0.15
b:would_ring 13:-0.11
b:would_use 2:0.11
b:would_work 0:-0.12
b:wouldnt_let 13:-0.19
b:wouldnt_take 1:0.11
b:write_home 1:-0.1
b:wrong_date 6:0.12
b:wrong_information 2:0.1
b:wrong_strength 9:-0.13
b:year_and 8:0.1
b:year_for 11:-0.24
b:you_can 4:0.14 12:-0.14
b:you_could 3:0.13 10:0.15
b:you_get 5:0.16 11:0.2
b:you_like 8:-0.16
b:you_pay 5:0.15
b:you_the 13:0.11
b:you_to 1:-0.23
b:you_which 2:0.1
b:younger_members 8:0.14
b:younger_participants 8:-0.17
b:your_engineer 12:-0.14
b:£_12 5:0.15
b:£_120 5:0.1 6:0.1
b:£_140 11:-0.12
b:£_15 7:0.11
b:£_18 4:0.15 6:0.18 11:-0.11
b:£_180 5:0.15 11:-0.2
b:£_19 11:0.12
b:£_2 0:-0.16 5:-0.17 13:0.12
b:£_20 4:-0.13
b:£_22 6:0.12 11:-0.12
b:£_240 11:-0.11
b:£_25 6:0.1
b:£_3 0:-0.12
b:£_30 4:0.11 5:-0.11 11:0.2 13:0.15
b:£_300 4:0.1
b:£_340 13:-0.1
b:£_35 11:0.13
b:£_350 12:-0.11
b:£_38 12:-0.14
b:£_4 4:0.11 11:-0.24
b:£_40 5:-0.12
b:£_400 5:-0.11
b:£_45 0:0.23 4:0.12
b:£_5 0:0.11 4:-0.12
b:£_60 6:-0.11 12:-0.11
b:£_65 4:0.1
b:£_7 12:0.11
b:£_70 4:0.19
b:£_9 4:0.11 5:-0.13
b:£_90 3:-0.11
b:£_95 4:0.11 11:-0.19
le:communication 6:0.13 13:-0.14
le:price 11:0.11
le:product-quality 5:0.12 12:-0.12
le:staff-attitude 1:0.19 8:-0.29
ln:cleanliness 0:-0.65 1:-0.28 2:-0.15 3:1.91 4:-0.19 5:-0.28 6:-0.48 10:-2.94 11:-0.23 12:-0.32
ln:communication 1:-0.25 2:-0.27 4:-0.2 5:-0.18 6:1.34 7:-0.73 9:-0.3 11:-0.4 12:-0.18 13:-2.42
ln:knowledge 0:-0.13 1:-0.27 2:1.39 3:-0.28 4:-0.34 5:-0.15 6:-0.33 7:-0.23 9:-2.49 12:-0.33 13:-0.38
ln:price 0:-0.23 2:-0.38 4:1.67 11:-2.97 13:-0.29
ln:product-quality 0:-0.22 1:-0.17 4:-0.26 5:1.26 6:-0.14 7:-0.12 9:-0.45 10:-0.25 11:-0.26 12:-3.18 13:0.21
ln:staff-attitude 0:-0.43 1:1.63 2:-0.38 3:-0.29 4:-0.46 5:-0.16 6:-0.57 7:-0.11 8:-3.26 13:-0.44
ln:waiting-time 0:1.18 2:-0.18 3:-0.3 4:-0.5 7:-3.1 8:0.14 10:-0.18 12:0.11 13:-0.67
lp:cleanliness 0:0.15 2:-0.19 3:2.07 6:-0.2 8:0.18 10:3.28 12:0.44
lp:communication 0:-0.4 3:-0.4 4:-0.11 5:-0.2 6:1.65 7:0.54 8:0.57 9:0.84 11:0.29 12:0.19 13:2.47
lp:knowledge 0:-0.25 1:-0.2 2:2.02 3:-0.19 5:-0.22 6:-0.24 7:0.21 8:0.13 9:2.79 12:0.75 13:0.12
lp:price 1:-0.17 3:-0.21 4:2.11 5:0.13 6:-0.58 7:0.34 8:0.24 9:0.29 11:3.21 12:0.51 13:0.38
lp:product-quality 1:0.15 2:-0.35 4:0.34 5:1.43 6:-0.25 7:0.18 8:0.16 9:0.43 10:0.31 11:0.36 12:3.06
lp:staff-attitude 0:0.16 1:1.85 3:0.14 4:0.25 5:0.18 8:3.28 9:0.2 10:0.13 11:0.18 13:0.36
lp:waiting-time 0:1.78 1:-0.13 2:-0.27 5:-0.21 6:-0.36 7:3.27 9:0.13 10:0.27 12:0.55 13:0.33
lt:cleanliness 0:-0.49 1:-0.24 2:-0.34 3:3.88 4:-0.1 5:-0.3 6:-0.68 8:0.16 9:0.11 11:-0.15 12:0.12
lt:communication 0:-0.5 1:-0.27 2:-0.2 3:-0.48 4:-0.24 5:-0.44 6:2.86 7:-0.16 8:0.56 9:0.54 11:-0.12 13:0.19
lt:knowledge 0:-0.37 1:-0.48 2:3.39 3:-0.47 4:-0.28 5:-0.36 6:-0.56 9:0.36 12:0.43 13:-0.22
lt:price 0:-0.3 1:-0.26 2:-0.4 3:-0.28 4:3.74 6:-0.49 7:0.33 8:0.31 9:0.32 11:0.13 12:0.43
lt:product-quality 0:-0.29 2:-0.42 4:0.1 5:2.57 6:-0.4 8:0.12 11:0.11 13:0.16
lt:staff-attitude 0:-0.3 1:3.29 2:-0.31 3:-0.13 4:-0.17 6:-0.48 7:-0.13 8:0.31 9:0.3 11:0.2 12:-0.11
lt:waiting-time 0:2.94 1:-0.19 2:-0.44 3:-0.26 4:-0.49 5:-0.3 6:-0.26 7:0.12 8:0.15 12:0.66 13:-0.34
n:! 7:0.16 12:0.32
n:a 0:0.19 4:-0.18 5:0.29 6:-0.24 9:-0.19 10:0.19 13:-0.16
n:about 2:0.22 4:-0.13 9:-0.23
n:after 7:-0.18
n:again 12:-0.11
n:and 0:-0.19 5:0.21
n:answer 0:-0.1 2:0.15 6:0.11 9:-0.17
n:any 0:0.15
n:anything 8:-0.13 9:-0.12
n:argue 4:0.17 11:0.3 12:0.11
n:as 12:-0.18
n:asking 5:0.18 8:0.12 11:0.11 12:-0.1
n:at 2:0.13 5:-0.17 7:0.19 8:0.26
n:back 0:-0.12 1:-0.13 6:0.24 13:-0.1
n:bad 0:0.11 7:0.15
n:be 7:0.14 13:0.11
n:because 12:-0.1
n:been 5:0.1 6:-0.2
n:before 0:-0.12 6:0.18 13:0.11
n:believe 0:0.12 7:0.17
n:between 3:0.14
n:bothered 8:-0.18
n:broken 5:0.14
n:call 0:0.22 13:-0.11
n:called 6:0.12
n:came 6:0.15
n:can 11:0.12
n:cared 1:0.11 8:-0.13 12:0.14
n:charge 4:0.11 5:-0.1 7:0.12 11:0.22
n:cheap 1:-0.11 3:-0.11 4:0.24 5:0.15 11:-0.49 12:0.32
n:cheapest 4:0.1 11:-0.27
n:chips 12:0.14
n:claims 4:0.15
n:clean 2:0.11
n:cleaned 3:0.1 10:-0.14
n:clients 2:0.1
n:close 12:-0.11
n:clue 2:0.25 6:-0.12 9:-0.2
n:complain 4:0.11 11:0.17
n:complaining 7:0.1 11:0.21
n:could 2:-0.15
n:crumb 10:0.11
n:difference 4:0.12 11:-0.12 12:-0.11
n:discount 4:0.13
n:do 5:0.11 8:0.14
n:drop 4:-0.14 12:0.14
n:either 1:-0.18
n:else 9:0.11
n:email 7:-0.13
n:enough 5:0.16 8:0.16
n:even 1:0.25 2:0.12 8:-0.3
n:ever 6:0.17 9:0.11 11:0.15 13:-0.12
n:exactly 5:-0.12 6:-0.13
n:expect 7:0.1 13:0.1
n:explain 1:0.1 6:0.16 13:-0.28
n:feel 5:-0.12
n:find 11:-0.12
n:fixed 7:-0.17
n:for 4:0.11 11:0.17 12:-0.19 13:0.19
n:free 0:0.18 7:-0.17
n:friendliest 1:0.12 8:-0.16
n:fuss 0:0.1 6:0.18 7:0.11 8:0.16 13:0.22
n:get 1:0.12 7:-0.25 12:0.13
n:giving 5:0.12 8:0.13
n:good 13:0.11
n:got 6:0.18
n:group 12:0.11
n:had 1:-0.17 6:0.23 7:0.17 13:0.27
n:have 0:0.12 1:0.1 5:0.12 13:0.17
n:he 12:-0.12
n:hear 13:0.14
n:hello 8:-0.1 12:0.14
n:her 0:-0.15
n:home 1:-0.1
n:how 1:0.12 9:-0.13 11:0.11
n:i 8:-0.11 9:0.16
n:idea 9:-0.13
n:in 2:-0.11 5:0.16 6:0.13 7:0.19
n:it 0:0.27 1:-0.12 7:0.26 12:0.28
n:ive 4:0.13
n:just 9:0.11
n:know 1:-0.14 2:0.3 9:-0.37 11:0.19 13:-0.12
n:knows 2:-0.11
n:left 13:0.11
n:less 1:0.1 8:-0.15
n:let 9:0.11 12:0.15 13:-0.23
n:listen 5:0.12 13:-0.14
n:looked 2:0.1
n:made 0:-0.14
n:me 0:0.16 1:0.33 3:-0.12 5:-0.13 12:0.11 13:-0.29
n:mentioned 4:0.18 6:0.16 13:-0.11
n:mind 3:-0.1
n:missed 5:0.22 12:0.19
n:more 7:0.15
n:much 3:0.12 10:0.1
n:my 0:-0.2 5:0.32 12:-0.29
n:need 2:0.18 9:0.29
n:new 2:0.15
n:of 5:-0.16 6:-0.14 7:-0.11 10:0.11
n:often 11:0.13
n:on 0:0.12 1:0.12 2:-0.11 4:0.12 7:0.13 12:-0.1
n:once 1:0.18 6:-0.15 7:0.31 9:0.13 11:0.12 12:0.1
n:one 0:-0.16 2:-0.16 4:-0.11 6:0.28 13:-0.21
n:or 8:-0.18
n:order 5:0.1
n:our 0:0.12 6:0.1 7:-0.11
n:over 5:0.11 12:0.11
n:particularly 1:-0.15
n:pressure 1:0.13
n:problem 8:-0.14
n:properly 2:0.11 9:-0.1
n:pub 11:-0.13
n:queue 7:0.12
n:quibble 7:0.12
n:quibbles 13:0.13
n:rang 6:0.1 13:-0.11
n:really 12:-0.15 13:-0.11
n:reason 6:-0.12
n:refund 5:0.15
n:reply 0:-0.16
n:report 6:-0.1
n:rude 1:-0.14 5:-0.19 6:-0.17 8:-0.11
n:rush 0:0.16
n:say 0:0.21 6:0.18 7:-0.16 8:-0.17 13:-0.22
n:see 3:-0.1 5:0.11
n:seem 2:0.1 9:-0.11
n:sell 8:0.1
n:she 5:0.12 12:0.11
n:single 0:-0.14 6:0.13 13:-0.1
n:so 12:-0.12 13:0.1
n:still 7:-0.18
n:surprises 4:-0.11
n:take 1:0.13 8:-0.12
n:tell 2:0.31 3:-0.12 9:-0.11 12:0.18 13:-0.28
n:than 12:-0.16
n:that 1:0.14 3:-0.15 4:0.28 6:0.15 8:0.12 11:0.23 12:-0.12 13:0.13
n:the 0:0.31 1:-0.17 2:0.11 4:0.35 5:0.26 8:-0.14 9:-0.16 11:-0.16 13:-0.26
n:their 4:-0.11 8:-0.11
n:them 2:0.13 3:-0.12 5:0.24 9:-0.17 13:-0.1
n:they 13:-0.13
n:think 4:0.12
n:this 2:0.14
n:three 7:0.25
n:to 4:-0.19 6:0.27 7:-0.15 8:0.15 9:-0.14 12:-0.2
n:told 6:0.17 13:-0.12
n:too 7:0.12
n:try 1:0.12 8:0.13
n:turn 0:-0.13 5:0.31
n:understand 1:0.13 5:-0.13 6:0.11
n:unhelpful 1:0.17 8:0.14
n:until 7:-0.12
n:up 5:0.15 12:0.11
n:updated 0:0.12 13:-0.18
n:us 0:-0.13 6:0.11 8:0.16 12:-0.11
n:wait 0:0.13
n:waiting 7:0.1
n:want 0:0.12
n:warm 1:-0.13
n:was 0:-0.14 1:-0.15 5:-0.17
n:we 5:0.15
n:what 0:-0.13 1:-0.11 4:-0.11 5:-0.38 6:0.2 9:-0.18 11:-0.11 13:-0.24
n:when 5:0.26 6:0.28 13:-0.17
n:where 9:-0.11
n:whether 5:-0.18
n:why 13:-0.15
n:with 4:0.12 7:0.1 11:0.23
n:work 12:-0.3
n:wot 2:0.13
n:you 5:-0.14
s:! 1:-0.19 2:-0.26 3:-0.11 4:0.23 5:0.14 6:-0.17 7:0.15 10:0.4 12:0.76
s:$ 8:-0.12
s:% 4:0.23
s:02 7:0.11
s:05 13:0.21
s:1 1:-0.13 4:0.17 5:-0.21 6:0.22 13:-0.2
s:10 0:0.23 1:-0.27 3:-0.14 4:-0.11 6:0.11 9:-0.15 13:-0.13
s:12 0:0.27 5:0.11
s:120 5:0.1 6:0.1
s:14 3:0.11 5:0.16 6:-0.1 7:-0.23
s:140 4:0.11 11:-0.18
s:15 4:0.12 11:0.11
s:18 4:0.14 6:0.2 11:-0.11
s:180 5:0.14 11:-0.2
s:19 11:0.12 13:-0.14
s:2 0:0.29 2:-0.15 3:-0.18 7:-0.15 10:0.15 11:0.12 13:0.33
s:20 0:0.27 1:-0.19 5:-0.18 6:0.11 10:0.1 11:0.12 12:-0.13
s:22 6:0.12 11:-0.13
s:24 7:0.17 11:-0.12
s:240 11:-0.11
s:25 0:0.14 5:0.1
s:3 0:0.41 1:-0.16 3:-0.14 4:-0.18 6:-0.12 9:-0.22 12:0.26 13:-0.28
s:30 1:0.14 5:-0.28 11:0.15 12:0.12 13:0.13
s:300 8:0.14 11:-0.1
s:340 13:-0.1
s:35 0:0.12 3:0.1 6:0.12 11:0.15
s:350 12:-0.11
s:38 12:-0.36
s:4 0:0.26 3:-0.2 5:-0.15 6:0.14 7:-0.4 11:-0.22
s:40 0:0.27 2:0.1 3:-0.11 4:0.13 7:-0.22 11:-0.11 12:-0.11 13:-0.17
s:400 5:-0.12
s:45 0:0.35 4:0.18 7:-0.15 11:-0.15
s:48 4:0.13 5:0.19 7:-0.11 11:-0.15 13:-0.11
s:5 0:0.32 4:-0.15 7:0.16 11:0.16
s:50 0:0.17 4:0.18 6:0.15 7:-0.26 11:-0.22 13:-0.11
s:500 5:0.12 12:-0.14
s:6 0:0.35 5:-0.11 6:0.16 7:-0.23
s:60 11:-0.15
s:65 4:0.13
s:7 0:0.22 11:0.11 12:0.13 13:-0.23
s:70 4:0.2 11:-0.13
s:8 0:0.24 5:0.15 7:-0.16 12:0.24 13:-0.11
s:80 4:0.16 11:-0.14 12:-0.13
s:9 0:0.14 4:0.13 5:-0.16 13:-0.1
s:90 0:0.12 3:-0.13 7:-0.12
s:95 4:0.11 11:-0.17
s:99 0:0.1 4:0.13
s:? 0:-0.12 1:-0.19 2:-0.1 5:-0.35 7:-0.29 11:-0.13 13:-0.13
s:a 0:-0.12 1:-0.15 3:-0.29 4:-0.11 5:0.23 6:-0.13 7:-0.15 8:-0.2 10:-0.18 13:-0.13
s:about 2:0.3 4:-0.39 5:-0.13 6:0.15 8:0.13 9:-0.18 10:0.2 13:-0.22
s:absolute 2:-0.11 4:0.18 6:0.16
s:acceptable 11:-0.12
s:account 0:0.17 5:-0.18 6:0.25 7:0.2 9:-0.13 13:0.11
s:acknowledge 8:-0.18
s:acted 1:0.24 8:-0.1
s:actual 1:-0.1 4:-0.1 6:0.25 7:0.13 8:0.23 9:0.17 10:0.15 11:0.11 12:0.37 13:0.56
s:address 8:-0.11
s:advertis 12:-0.13
s:advice 2:0.41 9:-0.15
s:adviser 0:-0.15 2:0.22
s:advisor 7:-0.16 13:-0.12
s:after 3:0.23 4:-0.15 5:0.26 6:0.11 10:0.27 13:0.15
s:afternoon 3:0.16 10:-0.16
s:afterward 1:0.12 7:0.1
s:again 1:-0.16 2:-0.12 3:-0.1 5:0.38 6:-0.19 7:-0.15 12:-0.17
s:against 2:0.13
s:agent 1:0.1 5:-0.26 6:0.21 9:-0.21 13:-0.39
s:ages 6:-0.14 7:-0.17 11:-0.1
s:ago 6:0.13
s:agre 0:-0.15 5:0.3 6:0.18 8:0.14 13:0.12
s:ahead 0:0.17
s:air 10:0.16
s:aisle 3:0.13
s:alarm 5:-0.12
s:all 1:0.19 2:0.21 3:0.14 4:-0.2 5:-0.12 6:-0.16 8:0.15 11:0.1 13:0.17
s:allowance 9:-0.13
s:almost 0:0.12 6:-0.11 10:0.15
s:already 4:0.1 5:0.16 6:0.15 9:-0.13 13:-0.17
s:also 2:0.11 4:0.1
s:alteration 5:0.14 12:0.14
s:alway 0:0.15 1:0.22 2:-0.15 3:0.12 5:-0.12 7:0.19 8:0.21 10:0.16 12:0.11
s:am 7:-0.11
s:amaz 3:0.11
s:amazin 3:0.1 10:-0.12
s:an 0:0.21 2:0.2 3:0.11 4:0.11 5:-0.26 6:0.1 10:0.19 11:0.12
s:and 2:0.35 3:0.25 5:0.19 6:0.19 7:0.14 8:0.27 9:0.39 11:0.34 13:0.33
s:animal 2:0.13 10:0.15
s:announcement 6:0.12
s:annual 1:0.1 12:-0.12
s:another 1:-0.25 3:-0.13 6:-0.12 12:-0.12
s:answer 2:0.79 3:-0.11 4:-0.18 5:-0.28 6:-0.15 8:0.22
s:any 0:0.12 2:0.22 4:-0.14 5:-0.32
s:anyone 2:-0.11 4:-0.11 5:-0.14 8:-0.11 10:0.13
s:anyth 0:-0.1 11:0.15
s:anywhere 5:0.12 7:0.13 10:0.12 11:0.11
s:apologetic 1:0.13 3:0.13 5:0.12 8:0.1
s:apologis 5:0.14
s:app 1:-0.16 2:-0.19 5:0.35 6:0.23 11:0.12 13:0.13
s:apparent 0:0.14
s:appear 6:0.13
s:appointment 0:0.2 6:0.14 9:0.13 13:-0.19
s:appreciat 6:0.2 13:-0.13
s:apprentice 5:0.1
s:apps 6:0.11 12:-0.13
s:april 5:-0.11
s:are 2:0.13 3:0.14 5:0.23 10:-0.3 11:-0.25 13:-0.26
s:area 3:0.19 5:0.11
s:argue 4:0.17 11:0.3 12:0.11
s:around 2:0.15
s:arrangement 12:0.15
s:arriv 0:0.47 5:0.27 6:0.41 13:-0.13
s:arrive 0:0.13 7:0.14 8:0.13
s:as 1:0.36 4:0.11 8:-0.13 10:0.16 11:0.17
s:ask 0:-0.13 1:0.19 2:0.25 3:-0.11 5:-0.11 9:-0.38 13:-0.17
s:asked 0:-0.33 2:0.26 3:-0.28 4:-0.26 5:-0.23 6:-0.21 8:-0.11 9:-0.29 13:-0.27
s:asking 0:-0.1 1:0.14 4:0.15 12:-0.14 13:0.12
s:asks 2:0.1
s:asleep 8:-0.15
s:assistant 1:0.13 12:0.15 13:-0.19
s:at 0:0.34 1:0.2 2:-0.13 3:-0.17 5:-0.22 6:-0.11 7:0.18 9:0.11 12:0.14
s:ate 1:0.11
s:auditorium 4:0.14
s:august 7:-0.18 12:-0.13
s:autism 2:0.1
s:automat 6:0.1
s:average 7:0.12
s:away 0:0.13 7:0.12 9:0.14
s:back 0:-0.28 2:-0.19 5:0.4 6:0.21 7:0.2 8:-0.14 10:-0.22 12:-0.34 13:-0.17
s:backward 2:0.11
s:bad 7:0.13 11:-0.16 12:-0.22
s:bag 0:0.15 5:-0.15 12:0.31
s:bags 11:-0.25
s:baked 5:0.11
s:bakery 5:0.18 12:0.14
s:balayage 2:0.1
s:band 1:-0.21 4:0.15
s:bang 7:0.11
s:bank 0:0.12 3:-0.11 6:-0.14 8:0.11 9:-0.16
s:bar 1:0.26 2:-0.16
s:barber 5:0.16
s:bare 12:-0.24 13:-0.13
s:bargain 4:0.18
s:basical 7:0.14
s:basket 5:-0.11
s:bath 10:-0.18
s:bathroom 1:-0.1 2:0.11 3:0.26 5:-0.18 10:-0.11
s:batter 0:0.11
s:battery 12:0.14
s:be 0:0.16 1:-0.13 4:0.12 5:-0.2 9:-0.18 12:0.12
s:beat 11:0.2
s:beautiful 5:0.14
s:because 3:-0.15 7:-0.32 8:0.12 11:0.11 12:-0.33 13:-0.11
s:bed 0:-0.12 5:0.24 6:-0.12 11:0.13
s:been 0:-0.16 3:0.15 4:-0.27 5:-0.1 7:-0.22 8:0.12 10:-0.27 11:0.14 13:-0.32
s:before 1:-0.13 2:-0.2 4:-0.16 5:-0.17 6:0.21 7:0.28 9:0.24 10:0.24 13:0.37
s:behind 0:0.11
s:being 0:0.12 5:-0.23 7:-0.31 8:-0.24
s:believe 0:0.12 7:0.17
s:bell 0:0.13
s:bench 0:0.19 7:-0.21
s:best 0:-0.1 1:-0.13 2:-0.18 3:-0.25 4:0.13 5:0.26 7:-0.15 8:0.11 11:0.31 12:0.55
s:better 2:0.14 5:0.11 9:0.18 12:0.25 13:0.1
s:between 0:0.29 1:-0.15 3:0.13 7:-0.18 11:-0.11
s:beyond 5:-0.11
s:bien 5:0.15
s:big 2:0.18 5:-0.13 6:-0.12 8:-0.11 11:0.19
s:bike 5:0.12 7:0.12 12:0.11
s:bill 1:0.23 2:-0.23 4:0.27 6:0.47 8:-0.19 11:-0.14
s:bin 0:-0.17 1:-0.14 5:0.16 12:0.11 13:-0.18
s:bins 2:-0.11 3:0.18 5:0.4 10:-0.21 12:-0.2
s:bird 5:0.12 12:0.15
s:birthday 1:-0.11
s:bit 4:0.15 6:-0.24 7:0.1 8:-0.12 9:0.23
s:bite 5:0.11
s:bits 5:-0.11
s:bitter 5:0.13
s:blind 0:-0.11
s:block 6:-0.12
s:bloke 0:-0.18 1:0.26
s:blood 2:0.28 4:0.12 5:-0.12 8:0.12 11:-0.15
s:blow 12:-0.14
s:board 5:0.13 11:-0.12
s:bob 5:0.12
s:boiler 0:0.12 3:0.11 5:-0.17
s:bone 12:0.3
s:book 0:0.37 1:-0.2 2:-0.14 4:0.13 7:0.15 8:0.19 9:0.16 11:0.13 12:0.11 13:0.17
s:boot 12:0.14
s:booth 3:0.13
s:borrow 4:0.11
s:bot 6:0.14 13:-0.17
s:both 0:-0.13
s:bother 8:-0.21
s:bottle 11:0.21
s:bought 5:0.36 12:0.12
s:box 0:-0.15 4:-0.17 5:0.12 12:-0.22 13:0.12
s:boy 8:-0.23
s:brake 2:0.15
s:branch 3:0.13 5:-0.28 7:0.29 8:0.11 9:-0.24 13:-0.17
s:brand 0:0.17 3:0.11 5:0.24 7:0.16 12:0.16
s:bread 5:0.14 12:-0.19
s:break 2:-0.11 5:-0.16
s:breakdown 0:0.12
s:breakfast 5:0.28 8:0.2
s:bridal 8:0.21
s:bride 13:0.11
s:brilliant 5:0.24 6:0.18 9:0.11
s:bring 12:-0.13
s:broad 13:0.11
s:broadband 5:0.24 7:-0.12 9:-0.15 11:-0.13 12:0.11
s:broken 0:0.26 12:-0.23
s:brought 5:-0.13 8:0.12 10:0.16
s:brow 5:0.14 8:-0.13
s:brown 7:-0.13
s:budget 4:-0.11 11:0.28
s:build 5:-0.12 6:0.11 13:-0.12
s:builder 1:-0.14 6:0.14 7:-0.12 11:0.19
s:bulb 2:0.11
s:burger 10:-0.15
s:burnt 5:0.18 12:-0.12
s:bus 1:0.13 5:-0.18
s:busy 1:0.23 5:-0.13
s:but 0:0.14 1:0.37 2:0.25 3:0.22 4:0.29 5:0.28 6:0.13 7:-0.18 8:0.35 10:-0.23 11:-0.33 12:0.29
s:butcher 5:0.13
s:button 1:0.1
s:buy 6:-0.11 11:-0.17
s:by 0:0.39 3:0.2 4:0.11 5:-0.1 7:0.19 9:0.19 10:-0.12 13:0.15
s:cable 1:-0.15 5:0.13 12:-0.1
s:caf 5:0.13
s:cafe 5:-0.12
s:cake 5:0.38 12:0.14
s:call 0:0.32 2:-0.17 5:-0.28 6:0.18 10:-0.11 13:-0.24
s:callback 7:0.13
s:calm 1:-0.17
s:calmer 1:-0.1
s:came 0:0.19 3:0.19 4:-0.12 5:0.11 6:0.2 9:0.26
s:can 0:-0.12 9:0.13 10:0.1 11:0.34 13:0.29
s:cancell 1:-0.16 5:-0.1 6:0.27 7:-0.19 13:-0.16
s:cann 6:0.11
s:cant 0:0.14 4:0.27 6:-0.11 8:0.14 9:-0.15 11:0.42 12:0.16
s:canteen 0:-0.12
s:car 0:0.23 1:0.12 2:-0.16 3:0.33 5:-0.19 6:-0.12 13:-0.17
s:card 1:0.16 5:-0.17 8:0.33
s:care 5:0.14 12:0.17
s:cared 1:0.11 8:-0.13 12:0.14
s:careful 5:0.16 8:0.1
s:carpet 3:0.14
s:carri 1:0.16 12:0.11
s:carrier 11:-0.19
s:carry 1:0.11
s:cashier 5:-0.16 8:-0.3 9:-0.13
s:cast 5:0.12
s:cat 12:0.14
s:ceil 10:0.16
s:centre 1:0.1 3:0.11 6:-0.11 7:-0.13 13:-0.18
s:chain 1:0.17 8:-0.14 11:0.13
s:chair 0:-0.1 8:-0.18
s:chance 0:-0.13
s:chang 0:-0.21 3:0.29 4:-0.14 6:-0.23 9:-0.15 10:-0.18 13:-0.25
s:change 1:0.17 3:0.1 5:-0.18 8:0.16 10:0.14
s:chap 1:0.14 2:0.18 9:0.1
s:charg 4:0.67 9:-0.11 11:-0.23 13:-0.15
s:charge 2:0.12 4:0.69 5:-0.26 6:0.25 7:0.14 13:-0.22
s:chase 2:-0.12 6:0.1 13:0.11
s:chat 0:0.12 6:0.18 13:-0.32
s:chatbot 6:0.17 13:-0.12
s:chatt 1:0.18
s:cheap 1:-0.17 2:-0.14 3:-0.14 4:0.66 5:0.32 6:-0.18 12:0.17
s:cheaper 2:0.13 4:0.13 7:0.11 9:0.19
s:cheapest 2:-0.1 4:0.18
s:check 0:0.11 1:0.21 2:0.27 3:0.18 5:-0.11 7:0.13 9:0.24 10:0.14 12:-0.13 13:0.14
s:checkout 0:0.34 2:-0.12 5:-0.2 6:0.25 7:-0.25 11:-0.22 12:-0.15 13:-0.16
s:cheer 0:0.1
s:cheerful 4:0.16 5:0.2 12:-0.11
s:chef 5:0.26 8:0.14 10:-0.15 11:-0.14 12:0.15
s:cheque 9:-0.1
s:chew 1:-0.22
s:chicken 8:0.13
s:children 0:-0.12 3:0.13 6:-0.11
s:chip 1:-0.11 2:-0.11 3:-0.13 5:0.47 6:-0.1 11:0.14 12:-0.19
s:chipp 8:0.11
s:chippy 0:0.11
s:choose 12:0.14
s:christma 1:-0.23 6:-0.16
s:chuck 5:0.1 12:-0.11
s:chunk 12:-0.11
s:cinema 10:0.16
s:circle 13:-0.1
s:city 5:0.1
s:claim 4:0.13 9:0.15
s:class 2:0.11 9:0.14
s:clean 0:-0.2 1:-0.11 2:-0.13 3:0.87 5:-0.16 6:-0.25 9:0.14 10:0.23 11:-0.29 12:-0.17
s:cleaner 3:0.47 5:0.21 6:-0.13 7:-0.11 8:-0.12 10:0.26
s:cleanest 3:0.11 10:-0.12
s:cleanliness 1:-0.12 3:0.13 6:-0.14
s:clear 0:0.11 1:0.24 2:0.21 4:-0.12 5:-0.17 6:0.37 12:-0.19 13:0.47
s:clerk 5:-0.1
s:client 0:-0.12 2:0.16 9:0.12 11:-0.14 12:-0.1
s:clinic 0:0.15
s:clipping 3:0.11 10:-0.2 12:0.2
s:cloakroom 5:-0.11
s:clos 0:-0.13 5:-0.2 13:-0.11
s:cloth 10:-0.13
s:cloud 5:0.1 12:0.11
s:club 5:0.15 12:-0.12
s:clue 2:0.25 6:-0.12 9:-0.2
s:clueless 2:0.18 9:-0.14
s:clutch 3:0.11 5:0.13
s:coach 2:0.1 5:0.12 12:-0.11
s:coat 5:0.12
s:cocktail 4:0.13 11:0.21
s:code 5:-0.15 13:-0.17
s:coffee 5:0.2 6:-0.12 10:-0.11
s:cold 1:0.21 2:-0.13 3:-0.11 5:0.55 7:-0.23 12:-0.25
s:colleague 2:0.14
s:collect 0:0.14 4:0.11 12:-0.12
s:collection 3:0.12 6:0.12 12:0.14
s:colour 1:0.13 2:0.11 9:0.12
s:come 4:-0.14 5:0.15 7:0.13 11:0.14
s:comfy 12:0.11
s:coming 5:0.16 7:-0.11 10:-0.1 11:0.13
s:comment 0:-0.12 3:0.22 6:-0.12 10:0.26 12:0.13
s:committee 5:0.1 12:-0.11
s:communication 6:0.11 13:-0.23
s:company 6:0.26 12:-0.24
s:compar 7:0.14 11:0.12
s:complain 0:0.26 3:0.22 4:0.11 11:0.45
s:complaint 0:0.17 2:-0.17 6:0.19 10:0.16 12:0.18
s:complete 12:0.1
s:complimentary 3:0.14 4:-0.21
s:computer 12:-0.1
s:concern 1:-0.13
s:confirm 13:0.11
s:confirmation 6:0.2
s:confus 6:0.19 13:-0.39
s:connect 5:0.1
s:consensu 12:-0.13
s:consistent 5:0.12 12:-0.13
s:constant 4:0.1 5:0.16 12:-0.24
s:contact 2:0.11 4:0.11 7:-0.1
s:contract 0:-0.11 5:-0.14
s:conversation 8:-0.13
s:cook 0:-0.11 2:0.15 5:0.31 6:-0.17 9:0.17 12:0.24
s:coordinator 5:0.25
s:corner 2:-0.11 3:0.11
s:corridor 12:0.11
s:cost 0:-0.16 1:-0.15 4:0.41 11:-0.16
s:couch 5:-0.1
s:could 1:-0.21 2:0.51 3:0.1 4:-0.16 5:-0.21 7:-0.13 11:-0.19 12:0.11
s:couldnt 2:0.16 4:-0.12 5:-0.13 6:-0.13 7:0.13 9:-0.24 10:0.11 13:0.15
s:couldve 3:0.11 5:0.1 10:0.2
s:council 0:0.26 1:-0.12 2:-0.11 4:-0.12 7:-0.13 12:0.11
s:counter 0:0.19 1:0.23 5:-0.16 6:-0.25 7:0.12 10:0.16
s:courier 0:0.15 2:-0.17 5:0.2 7:0.26 8:-0.14 12:-0.14
s:cours 5:0.11 11:0.15 12:0.13
s:course 2:0.12 5:0.13 7:-0.18 9:0.1
s:cover 2:0.14 3:0.1 5:-0.16 9:-0.2 12:0.19
s:cowboy 2:-0.12 4:0.16 6:0.11 11:-0.11
s:crack 5:0.23
s:craft 12:-0.24
s:crash 5:0.11 6:-0.14 12:-0.15
s:credit 5:0.15 6:0.11 13:0.11
s:crept 11:-0.11
s:crew 0:0.17 3:0.1 7:0.11 10:0.13
s:crisp 5:-0.12
s:croissant 5:0.24
s:crumb 5:-0.15
s:curry 5:0.19 7:-0.14
s:curt 8:-0.15
s:custom 1:0.1
s:customer 0:-0.14 2:-0.15 5:-0.25 6:0.4 7:-0.15 8:-0.21 12:-0.39
s:cut 2:0.17 3:0.16 5:0.11 10:-0.15 11:0.12 12:0.13
s:cutlery 1:0.1
s:cutt 4:0.1
s:dad 5:-0.11
s:daily 6:0.11 13:0.11
s:damage 6:0.12 12:0.13
s:damp 1:-0.1 5:-0.14
s:dark 0:0.18
s:das 5:0.11
s:date 2:0.16 6:0.22
s:daughter 5:0.25
s:day 0:0.17 2:-0.35 5:0.26 6:0.29 7:-0.14 12:-0.19 13:-0.1
s:daylight 0:-0.1
s:days 0:0.58 2:-0.42 4:-0.12 7:0.16 12:-0.13
s:dead 1:0.11 5:-0.16 11:0.13 13:0.1
s:deadlift 2:0.1
s:dealer 5:-0.12 9:0.15 11:0.16
s:dealership 3:0.11
s:dealt 0:0.18 10:0.12
s:dear 4:0.13 11:-0.21
s:debit 4:0.11
s:decent 11:0.17 12:0.12
s:deep 5:0.13 10:-0.14
s:delay 0:0.11 6:0.25 7:0.11 13:0.14
s:deliver 1:0.19 5:0.16
s:delivery 0:0.29 2:-0.11 3:-0.12 5:0.15 6:0.42 7:-0.25 8:-0.1 11:-0.13 13:-0.33
s:dental 0:0.17
s:depend 2:0.27 6:-0.21
s:deposit 2:-0.11 4:-0.14 6:0.16 12:0.15
s:depot 7:-0.13
s:describ 1:0.18 2:0.21 4:0.11 5:0.17 10:0.2 12:0.24
s:desk 1:0.31 3:0.14 6:-0.28 9:-0.18
s:despite 0:0.14
s:diagnos 9:0.13
s:diagnostic 5:-0.15
s:did 6:0.13 8:0.12 12:0.16 13:-0.1
s:didnt 1:0.22 2:0.27 7:0.35 8:0.11 9:-0.17 10:0.13 11:0.38 12:-0.1
s:died 1:0.13
s:difference 1:-0.12 4:0.11
s:different 1:-0.16 2:0.28 9:-0.29
s:dinner 6:0.14
s:dirty 8:-0.11 10:-0.1
s:discount 4:0.19 11:0.12
s:discuss 1:0.12 5:0.14
s:discust 3:0.13 10:-0.11
s:dish 2:0.16 9:-0.12
s:dismissive 8:-0.1
s:do 3:0.16 5:0.15 8:0.13
s:doc 8:-0.12
s:doctor 1:-0.12 6:0.36 9:0.23 11:-0.12 13:-0.13
s:dodgy 2:0.11
s:does 0:-0.1 3:0.1 5:-0.1
s:doesnt 9:-0.1 13:-0.3
s:dog 1:0.14 3:0.15 8:0.15 12:0.12
s:dogs 5:0.2
s:doing 5:0.16 7:-0.12 8:-0.12 9:0.2 12:0.11
s:dominat 0:0.17
s:done 5:0.1 7:0.18 9:0.1 12:0.26
s:dont 3:-0.11 4:0.22 5:-0.2 7:0.14 11:0.15 12:0.15
s:door 0:0.1 1:-0.1 2:-0.16 6:0.12 8:-0.12
s:doubl 4:0.13
s:double 5:0.15 9:0.1
s:down 0:0.11 2:-0.21 3:0.17 6:-0.13 7:0.15 10:0.18 11:0.21 12:-0.19 13:0.22
s:downhill 1:0.12
s:downright 7:-0.11
s:dr 2:0.14 9:0.18
s:dragon 8:-0.23
s:drain 0:0.12
s:draw 13:0.13
s:dread 2:0.1 5:-0.12
s:drew 2:0.11 9:0.1
s:drill 0:-0.12
s:drink 12:0.18
s:driv 5:-0.13
s:drive 3:0.23 12:0.26
s:driver 0:0.32 1:0.43 5:0.14 6:0.18 12:-0.11
s:drop 1:-0.15 4:-0.24 5:0.25 9:-0.11
s:dropp 5:0.12 7:0.2 10:0.19 12:-0.14 13:0.15
s:drove 5:0.14 12:0.11
s:dry 3:-0.17 4:-0.11 5:0.25
s:due 6:0.13 12:0.11
s:dust 3:0.24 10:0.17
s:e 0:0.23 7:-0.26
s:each 2:-0.19 6:0.5 13:0.12
s:ear 1:-0.1 5:0.13
s:early 2:0.1 12:0.11
s:earth 11:-0.12
s:easy 0:0.18 6:0.15 7:0.19
s:eat 8:0.12
s:eaten 3:0.12
s:economy 5:0.11 11:0.1
s:eggs 8:0.16
s:eight 0:0.31 2:0.18 4:0.12 5:-0.16
s:either 1:-0.17
s:elder 1:0.23
s:electric 12:-0.1
s:electrician 5:-0.18 7:-0.13 9:0.14 10:0.14
s:eleven 0:0.13 1:-0.13
s:els 2:0.16 3:0.22 9:-0.1 10:-0.14 12:-0.11
s:else 4:0.12 8:-0.12 11:0.24
s:elsewhere 1:0.11
s:email 0:-0.24 1:-0.17 2:-0.23 4:-0.1 6:1.15 12:-0.11 13:-0.24
s:emergency 7:-0.2
s:encourag 5:0.1
s:end 1:0.11 2:0.11 6:-0.11 7:-0.14 9:-0.11 11:0.21
s:ended 7:-0.18 9:-0.11
s:ends 12:0.25
s:energy 0:0.1 5:-0.15 7:0.12
s:engag 1:0.11
s:engineer 2:0.19 6:0.15 12:-0.13
s:english 0:-0.17 2:-0.1 6:0.15 9:0.11 13:0.22
s:enough 1:0.14 2:0.13 5:0.14 8:0.17
s:entire 0:0.1 3:0.11 11:0.2
s:entry 5:0.12
s:equipment 0:0.14 4:0.11 10:0.11 12:0.11
s:esim 2:0.11
s:especial 0:-0.11 6:0.1
s:estate 6:0.14
s:even 1:0.47 2:0.18 3:0.17 6:-0.17 7:0.27 8:0.16 9:0.13 11:0.11 13:0.12
s:eventual 0:-0.18 5:0.17 8:-0.11
s:ever 5:-0.15 6:0.33 7:-0.14 9:0.1 10:-0.25 11:0.2 13:-0.2
s:every 3:0.2 6:0.18 8:0.1 9:0.14 11:-0.16 13:0.41
s:everyone 5:-0.15 8:0.17
s:everyth 1:0.14 3:0.13 5:0.3 6:0.27 7:0.13 10:0.2 12:0.29 13:0.31
s:everywhere 3:0.25 10:-0.19
s:evryth 6:0.12
s:exact 0:0.18 1:-0.11 2:0.14 7:0.21 8:-0.11 9:0.46 11:0.24 12:0.27 13:0.41
s:excellent 2:0.13 5:0.11 9:0.14 12:0.11
s:expect 2:-0.19 4:0.17 5:0.14 7:0.16 8:0.11 13:0.13
s:expensive 11:-0.1
s:experience 1:-0.1 5:-0.1 6:-0.13
s:expert 2:0.16 9:-0.25
s:explain 0:-0.12 1:0.28 4:-0.18 6:0.96 8:0.15 12:0.17 13:0.41
s:explan 6:0.17 13:0.12
s:explanation 1:0.11 6:0.12
s:express 0:0.32 5:-0.19 7:-0.23
s:extra 0:0.16 2:-0.15 5:0.11 7:-0.2
s:eyes 6:-0.11 8:-0.13
s:fab 1:0.14 8:0.19
s:face 12:0.11
s:facial 5:0.12
s:fade 12:0.25
s:fail 5:-0.11 13:0.26
s:fair 0:0.18 1:0.16 3:0.1 4:0.27 5:0.2 11:0.46 13:0.1
s:fami 11:0.12
s:familie 0:-0.13 10:0.14
s:fan 10:0.16
s:fantastic 7:-0.19 11:-0.28 12:-0.12
s:fare 2:0.17 5:-0.12 9:0.13
s:fast 0:0.19 7:0.35 11:-0.15 12:-0.1
s:faster 6:-0.1 12:-0.14
s:fault 1:-0.13 2:0.11 7:0.2 9:0.16 13:0.12
s:faultless 6:0.11
s:faulty 9:0.13
s:favourite 8:-0.15
s:fed 11:-0.16
s:fee 4:0.56 5:-0.19 6:0.32 11:-0.45 13:-0.11
s:feed 2:0.13
s:feel 0:-0.18 1:0.19 6:-0.16
s:fees 0:0.11 4:0.43 5:-0.13 11:-0.24
s:feet 8:0.12
s:fell 5:0.16 12:-0.19
s:felt 1:0.14 4:0.21 5:-0.1 7:-0.12 8:-0.15 9:0.12
s:few 12:-0.13
s:fewer 6:0.11
s:fibre 9:-0.15 12:-0.14
s:fifty 7:-0.1
s:film 5:0.13 12:0.17
s:filthy 0:-0.16 3:0.21 10:-0.26
s:final 0:0.16 3:0.1 5:-0.13 7:-0.15 9:0.34 10:0.45
s:find 1:-0.15 6:0.19 11:-0.21 12:-0.13 13:-0.37
s:fine 0:-0.18 1:-0.21 3:-0.15 4:0.22 5:-0.32 6:-0.26 8:-0.15 9:-0.11
s:finish 6:-0.22 8:-0.18 11:0.13
s:fire 0:-0.11
s:firm 2:-0.12
s:first 2:0.23 3:-0.18 5:-0.16 7:0.13 8:0.17 9:0.28 12:0.13 13:0.29
s:fish 2:0.11 3:-0.13 5:0.21 12:0.16
s:fit 7:-0.2
s:fitt 3:0.13 5:0.16 7:0.13 10:0.25 11:-0.12 12:-0.12
s:fitter 1:0.16
s:five 0:0.42 5:0.12 6:0.17 7:-0.28 8:-0.11 12:0.17 13:-0.14
s:fiver 11:0.43 12:0.14
s:fix 0:0.13 3:-0.12 5:0.17 6:-0.13 7:0.15
s:fixed 0:0.22 4:0.17 11:0.16
s:flat 5:0.17 7:0.15 12:-0.23
s:flea 11:-0.14
s:flight 4:0.13
s:floor 3:0.47 4:-0.18 5:-0.24 10:-0.47 11:0.16 12:0.17
s:florist 5:0.16 6:0.1
s:fly 0:0.16 11:-0.3
s:focu 4:0.11
s:follow 0:0.22 6:0.2 7:-0.21
s:fone 1:0.1
s:food 2:-0.17 5:0.73 6:-0.19 10:-0.18 11:-0.16 12:0.34 13:0.15
s:for 3:-0.11 4:0.27 5:-0.1 7:-0.62 8:0.13 12:-0.43 13:-0.13
s:forgive 8:0.14
s:forgot 5:0.14 12:-0.11
s:form 2:0.34 5:-0.19 13:0.14
s:fortnight 0:0.12 5:0.25 7:0.1 12:-0.45
s:forty 0:0.16 2:0.14 7:-0.22 9:0.15 13:-0.16
s:found 1:0.16 2:0.18 3:0.24 4:0.16 7:-0.11 8:-0.17 9:0.13 13:-0.14
s:four 0:0.17 1:0.2 2:0.11 5:0.17 6:0.11 7:-0.23 8:-0.11
s:fourteen 0:0.15 6:0.17
s:foyer 10:0.18
s:fr 5:0.11 12:0.16
s:fraud 0:0.21
s:free 0:0.24 4:-0.27 5:-0.13 8:0.11 11:0.2 13:-0.12
s:fresh 0:-0.14 3:0.23 6:-0.1 10:0.29
s:freundlich 0:0.1
s:friday 0:0.24 5:0.11
s:fridge 5:-0.13
s:friend 0:0.12 1:0.54 2:0.22 3:0.18 8:0.24 11:0.11
s:friendliest 1:0.12 8:-0.16
s:from 3:0.13 5:-0.18 6:0.12 7:0.25 11:-0.16 12:0.13 13:-0.19
s:front 3:0.14 5:0.21 9:-0.11 10:-0.16 12:-0.11
s:frozen 5:0.12
s:frustration 1:0.16 2:-0.12 4:0.16
s:full 0:-0.19 1:-0.13 3:0.1 4:0.14 5:0.26 6:0.16 9:-0.12 11:0.22 12:0.1
s:fully 1:0.11
s:fuming 7:-0.12
s:funeral 4:0.1
s:fur 3:0.11
s:fuse 1:0.15
s:fuss 6:0.17 7:0.11 8:0.13 13:0.22
s:fussy 3:0.1
s:g 5:0.12
s:garage 1:-0.13 2:0.15 5:-0.11 6:0.11 9:0.22
s:garden 1:-0.1 3:0.13
s:gardener 1:-0.12 4:0.12 12:0.25
s:gate 1:0.11 8:-0.16
s:gave 0:0.18 2:0.25 4:-0.13 9:-0.32 13:0.19
s:gem 1:0.18 8:0.15 11:0.15
s:general 1:-0.12
s:gent 8:0.1
s:genuine 1:-0.15 3:0.12 4:0.14 5:0.3 12:0.18
s:get 0:0.15 3:-0.14 6:-0.24 7:-0.34 10:0.11
s:gets 11:-0.2
s:gett 0:0.19 6:0.18 9:0.15
s:girl 1:0.17 8:0.11
s:give 5:0.18 6:0.12 11:-0.13
s:given 2:0.15 5:0.18
s:giving 2:0.11 8:0.14
s:glad 12:0.13
s:glass 4:-0.11
s:glaucoma 2:0.13 9:0.11
s:gleam 3:0.12 10:0.16
s:glove 5:0.1
s:gluten 2:0.11 5:-0.1
s:go 1:-0.21 2:0.28 6:0.12 7:-0.15 8:0.13 12:-0.26 13:-0.11
s:goes 7:-0.16
s:going 1:-0.15 2:-0.16 3:0.17 5:0.12 12:0.12
s:gone 0:0.11 1:0.13 2:0.12 6:-0.2 8:-0.12 10:0.19 12:0.16
s:good 0:-0.15 2:-0.14 5:0.3 8:0.16 9:0.1 12:0.28
s:googl 9:-0.14
s:gorgeou 5:0.29 12:0.33
s:got 0:-0.12 3:-0.12 4:0.17 6:0.22 12:-0.21
s:gp 2:0.21 5:-0.19
s:gps 2:0.12
s:gr 5:0.18 12:0.14
s:greasy 3:0.12
s:great 2:-0.17 4:-0.1 5:0.17 6:-0.14 7:-0.12 11:-0.11 12:0.13
s:greet 3:0.11
s:grey 5:0.2 12:-0.15
s:grim 3:0.28 5:-0.19 10:-0.19
s:gripe 3:0.13 4:0.1 7:0.12
s:ground 3:0.11
s:group 3:-0.12 4:0.17 9:-0.1 10:0.21
s:grubby 10:-0.17
s:grumpy 1:0.11 8:-0.12
s:grunt 8:-0.18
s:guard 2:0.12 5:-0.12 9:0.11
s:guess 1:-0.12 5:-0.16
s:guest 1:-0.15 3:0.22 10:-0.24 13:-0.2
s:guide 5:0.25 12:0.19
s:gum 1:-0.21
s:gums 0:-0.14 5:0.15 12:-0.11
s:guy 2:0.35 6:-0.22 7:0.13
s:gym 3:0.11 6:-0.1
s:gyms 5:-0.11 7:-0.13 9:-0.1
s:ha 0:0.11
s:had 0:0.13 1:-0.11 2:0.18 7:0.35 9:-0.21 11:-0.21
s:hadnt 2:0.14 6:0.14 13:-0.17
s:hair 0:-0.1 3:0.29 10:-0.22
s:haircut 5:0.24
s:hairdresser 0:-0.12 1:0.11
s:hake 9:0.11
s:half 2:0.15 4:0.14 7:0.19 9:-0.17 12:-0.31 13:-0.2
s:halfway 0:0.1
s:hall 0:-0.12 3:0.14
s:halv 12:0.14 13:0.1
s:hand 3:0.18 4:-0.11 9:0.11
s:handheld 6:0.1
s:handl 6:0.18
s:handle 3:0.11
s:handprint 3:0.12 5:-0.11
s:handset 2:0.17 9:0.12
s:handwritten 1:0.19
s:handy 13:0.12
s:happen 0:0.17 2:-0.23 5:0.1 6:0.28 13:0.24
s:happi 11:0.12
s:happy 4:0.18 11:0.33
s:hard 12:0.13
s:has 5:0.32 6:0.14 7:0.28 9:0.21 11:-0.13 12:0.2 13:-0.15
s:hasnt 2:0.12 6:-0.18 12:0.11
s:hassle 7:0.21
s:hate 1:0.16
s:have 0:0.13 2:-0.11 3:0.2 6:0.12 8:-0.19 11:-0.28 12:-0.15 13:0.25
s:havent 5:0.13
s:having 4:0.12 8:-0.16 11:-0.14
s:he 1:0.14 5:0.12 6:0.13 7:0.11 8:0.31 9:0.11 10:0.21 11:-0.21 13:0.11
s:head 1:-0.21 6:-0.17 7:-0.1
s:headach 9:-0.14
s:headache 5:0.12
s:headphone 12:0.13
s:headset 2:-0.11 6:0.19 13:0.29
s:hear 6:0.22 13:0.27
s:heard 6:0.21 13:-0.14
s:hed 1:0.2 2:-0.11 6:0.14 7:0.15 8:0.18
s:hedge 5:0.12 12:0.25
s:held 1:0.11
s:hello 1:0.15 8:-0.14 12:0.14
s:help 1:0.16 2:0.13 5:-0.23 8:0.18
s:helpdesk 2:0.1
s:helpful 1:0.24 8:0.17 13:-0.13
s:helpfull 1:0.1 8:0.11
s:helpline 1:0.11 2:0.13 7:-0.12
s:her 0:-0.22 1:0.51 2:0.25 6:-0.26 7:-0.17 8:-0.15 9:0.13 12:-0.14
s:here 2:-0.17 3:-0.11 5:-0.13 6:-0.19 7:0.17
s:herself 1:0.11
s:hes 0:-0.14 1:0.1 2:0.26 5:0.13 9:0.17 11:0.24
s:high 3:0.11 4:0.3 11:-0.19
s:higher 11:-0.17
s:him 1:0.12
s:himself 3:0.12 7:0.11 12:0.24
s:hip 11:-0.12
s:his 0:-0.24 1:0.47 2:0.24 8:-0.41 9:0.24 11:-0.28 13:0.15
s:hold 0:0.86 1:-0.31 3:-0.11 5:-0.14 6:-0.2 7:-0.1
s:holder 3:0.11
s:hole 1:0.1 8:-0.1
s:holiday 0:0.13
s:home 0:-0.1 1:-0.4 5:0.19 6:0.3 9:-0.11
s:honest 0:-0.29 3:-0.15 4:0.2 9:0.26 11:0.11 13:0.2
s:honk 3:0.12 10:-0.19
s:hook 12:-0.1
s:hoover 3:0.26 10:0.23
s:hora 0:0.14 7:-0.1
s:hospital 0:-0.12 1:-0.15 11:-0.21
s:hot 7:0.17 12:0.17
s:hotel 2:-0.13 3:0.12
s:hour 0:0.6 1:-0.13 2:-0.22 4:0.3 5:-0.36 6:0.12 7:-0.44 10:0.15 12:0.18 13:0.15
s:house 1:0.12 5:-0.11 10:0.12
s:housekeep 3:0.12
s:how 1:0.19 4:-0.33 8:0.24 10:0.15 12:-0.15
s:however 1:0.13 3:0.13 5:0.24
s:hrs 0:0.46 7:-0.27 12:-0.11
s:human 6:0.12
s:hundr 1:-0.1
s:hurry 1:0.14
s:hurt 5:0.15
s:husband 1:0.17 8:-0.2 12:-0.12 13:0.14
s:hygiene 3:0.17 10:-0.19
s:i 5:-0.21 12:0.16
s:ibuprofen 9:0.11
s:id 0:0.16 1:0.13 6:0.11 9:0.17 11:0.34
s:idea 2:-0.14 9:-0.13 13:-0.18
s:if 0:-0.35 1:0.16 3:-0.16 6:-0.21 8:-0.22 10:-0.23 13:0.12
s:ignor 0:0.12 7:-0.11 12:0.11
s:ill 0:0.16 1:0.13 3:0.1 4:0.13 5:-0.17 6:-0.13 8:0.16 11:-0.12
s:im 0:-0.11 1:-0.13 4:0.15 7:-0.12 10:-0.14 12:-0.14 13:-0.15
s:immaculate 3:0.37 10:0.52 11:0.11 12:0.19
s:immediate 11:-0.12
s:impress 0:0.24 7:0.24
s:in 0:0.27 1:-0.23 5:0.16 7:0.55 9:0.1 12:0.29
s:includ 6:0.15
s:infection 2:0.15
s:info 1:0.11
s:inform 6:0.16
s:information 2:0.25 6:-0.17
s:inside 2:0.15 5:0.19 6:-0.11 7:0.12 8:-0.12 10:0.1 11:0.18
s:inspection 0:-0.11 5:0.13 12:0.17
s:installation 5:0.1 6:0.11
s:instead 7:0.18 9:0.14 13:0.18
s:instruction 6:0.19
s:instructor 1:0.27 2:0.17 5:-0.1 6:-0.11 7:0.14
s:insurance 1:0.11 6:-0.13 8:-0.11 9:-0.13
s:interior 0:0.11 3:0.14 10:-0.11 11:0.18
s:interrupt 8:-0.16
s:interruption 8:-0.11
s:into 1:0.14 5:-0.15 6:-0.11
s:invite 6:0.16 13:0.15
s:invoice 4:0.18 6:0.13
s:is 1:0.12 2:-0.26 4:0.24 5:0.27 6:-0.14 10:0.16 11:-0.16 12:0.35 13:-0.17
s:isa 2:0.22 9:-0.22
s:isas 2:0.1
s:isnt 5:0.16 11:-0.2
s:it 2:0.27 3:0.12 5:0.13 6:-0.15 7:0.12 8:0.53 9:-0.15 11:-0.1 12:-0.22
s:its 0:0.11 1:0.12 2:-0.24 4:0.1 6:0.24 7:-0.35 8:-0.23 10:0.1 11:0.27
s:itself 0:0.22 3:0.12 4:0.11 5:0.2 8:-0.11 12:0.23
s:ive 2:-0.17 4:0.14 5:-0.11 10:-0.19 11:0.14
s:jacket 5:0.15
s:jacuzzi 12:-0.14
s:jam 5:0.12
s:jargon 5:-0.14 6:0.18
s:jean 5:0.13
s:job 1:-0.15 2:-0.2 5:0.15 10:0.1 11:-0.2
s:join 4:0.11
s:joke 5:-0.11 11:-0.12
s:jumper 1:-0.2
s:june 13:-0.15
s:just 0:-0.11 3:-0.2 4:-0.1 6:0.1 8:-0.27 12:-0.32
s:kebab 5:0.18
s:keep 5:0.12 7:-0.11 8:0.23 12:-0.23 13:-0.13
s:kept 0:0.27 1:0.21 2:-0.16 5:0.16 6:0.43 9:-0.12 11:-0.1 12:-0.16 13:-0.12
s:kettle 5:0.25 6:0.15 12:-0.16 13:0.21
s:key 1:0.11
s:kidney 8:0.15
s:kids 1:-0.11 4:0.21 5:0.16 10:0.1 12:0.19
s:kind 1:0.31 5:-0.14 8:0.18
s:kit 12:-0.11
s:kitchen 3:0.1 4:-0.16 5:-0.11 10:0.14
s:knee 5:0.12 11:-0.15
s:knew 1:-0.15 2:0.73 3:-0.1 4:-0.12 5:0.11 6:-0.21 9:0.45 11:0.15 12:0.34
s:knock 0:0.17 4:0.13 11:0.19
s:know 0:-0.32 2:0.25 4:0.26 5:-0.18 6:0.15 9:0.11 11:0.1 12:0.14 13:0.32
s:knowledgable 2:0.12 5:0.12 9:0.1
s:knowledge 5:-0.12
s:knowledgeable 0:-0.1 2:0.3 9:0.14 13:-0.11
s:la 1:0.18 5:0.14 7:-0.11 12:0.15
s:label 8:0.11 12:-0.11
s:lad 1:0.18 2:0.37 7:0.12 9:-0.19
s:lads 1:0.23 8:0.12
s:lady 1:0.31 5:-0.39 7:0.15 13:0.17
s:lamb 5:0.17
s:laptop 9:-0.14
s:last 0:-0.22 6:-0.17 7:0.12 8:0.2 10:-0.16 12:-0.29 13:-0.13
s:late 1:-0.17 2:-0.1 6:0.44 7:-0.32 11:0.11 12:-0.13 13:-0.15
s:later 0:-0.12 2:0.25 7:-0.13 9:-0.2
s:laugh 4:0.12 6:-0.13 11:-0.13
s:launderette 8:0.12
s:laundrette 5:-0.13 10:0.15
s:lawnmower 7:-0.12
s:layout 0:-0.16
s:leak 0:0.12 3:0.11 5:0.14 12:0.18
s:lean 8:-0.15
s:leather 5:0.11 12:-0.14
s:leav 1:-0.14 3:0.19 10:-0.19
s:leave 10:-0.15
s:lecture 1:0.12
s:lecturer 5:0.15
s:left 1:-0.12 2:-0.2 3:0.38 4:-0.11 5:0.18 12:0.11
s:leg 5:0.1
s:legend 1:0.16 7:0.11 8:0.3
s:legroom 5:0.12
s:leisure 5:-0.12
s:lens 5:-0.16
s:less 1:0.2 4:0.19 6:0.11 8:-0.18
s:let 6:0.15 12:0.16 13:-0.11
s:lett 13:-0.15
s:letter 0:-0.17 2:-0.33 5:-0.33 6:0.78 13:-0.66
s:librarian 9:0.1
s:library 3:0.14 5:-0.17 6:-0.13 8:0.17 10:0.11 12:-0.11
s:life 5:0.16 12:0.14
s:lifeguard 1:0.1 8:-0.15
s:like 0:-0.13 1:0.38 2:-0.21 5:0.36 6:-0.17 7:0.34 8:-0.25 10:-0.13 11:0.23
s:liked 13:0.13
s:line 1:-0.14 4:-0.16 5:0.21
s:link 6:0.22 13:-0.21
s:list 0:0.15 1:-0.15 2:0.11 11:0.15
s:listen 0:0.1 2:-0.13 5:0.15 6:0.39 11:0.12
s:lit 5:-0.11
s:little 0:-0.13 4:0.32 11:0.11
s:load 0:-0.17 5:0.18 13:0.11
s:local 5:0.12 7:0.12 12:0.19
s:locker 3:-0.14 5:0.18 12:-0.2
s:locksmith 4:0.16 5:-0.14 6:0.12
s:locum 2:0.25 9:-0.13
s:lol 0:0.14 7:-0.18 12:-0.18
s:long 0:0.39 7:-0.13 8:0.16 9:0.14 12:0.14 13:-0.12
s:longer 0:0.13 6:-0.1
s:look 0:-0.21 1:0.13 2:-0.26 3:0.1 5:0.45 6:-0.21 7:0.16 8:-0.17 9:0.28 12:0.26
s:loop 0:0.12
s:loos 3:0.21 5:-0.11 10:-0.12
s:lost 5:0.16 8:-0.11 12:-0.19
s:lot 1:0.15 6:0.18 8:0.16 9:0.28 12:0.13 13:-0.1
s:lots 11:0.16
s:love 0:0.21 1:0.35 2:-0.13 3:0.27 5:-0.11 8:0.51 10:0.11 12:0.21 13:-0.17
s:loved 1:-0.11 3:-0.17
s:loving 11:-0.23
s:lowest 0:0.1
s:lunch 0:0.26 5:-0.13
s:lunchtime 0:0.11 5:0.2
s:lush 12:0.11
s:machine 0:0.11 6:-0.14 12:-0.34
s:made 0:-0.17 7:-0.12 8:0.2 12:0.28
s:magnifique 5:0.18 11:-0.13 12:0.19
s:main 2:-0.1 4:0.2 11:0.16 12:0.23
s:mais 4:0.11 11:-0.13 12:0.11
s:make 0:-0.15 5:-0.18 6:0.13 10:0.12 11:-0.16 13:0.14
s:malaga 5:0.12
s:man 1:0.19 5:0.11 13:0.11
s:management 1:-0.14 6:-0.19 7:0.13
s:manager 0:-0.34 1:0.2 2:-0.25 5:-0.16 6:0.23 10:0.11 13:0.26
s:manchester 11:-0.28
s:manner 1:0.15
s:map 6:0.16 13:0.12
s:march 0:0.12 6:0.2 7:-0.28 13:-0.23
s:marcu 11:-0.11
s:mark 2:0.11 4:-0.13
s:massive 5:0.25 11:0.22 12:0.16
s:mate 8:-0.11
s:mats 3:0.13
s:matter 1:0.11
s:me 0:-0.14 1:0.57 2:0.19 3:-0.3 4:-0.21 5:-0.21 6:0.32 9:-0.11 10:0.12 13:0.35
s:meal 0:-0.12 8:0.15 12:0.17
s:mean 5:-0.17 6:0.13
s:meant 4:-0.11 9:-0.12
s:mechanic 2:0.26 5:-0.16
s:medication 2:0.14
s:member 2:0.22 8:0.18 13:-0.11
s:membership 6:0.16
s:men 5:0.57
s:mention 4:0.17 5:0.25 6:0.2 11:-0.12 13:-0.28
s:menu 0:-0.16 2:-0.11 5:0.14 6:0.19 13:-0.3
s:merchant 11:0.14
s:merci 7:0.11
s:mess 0:-0.13 3:0.11
s:message 0:0.13
s:met 8:0.14
s:mid 5:0.1
s:middle 5:0.21 12:-0.1
s:might 1:-0.12 6:0.1
s:min 0:0.2 7:0.11
s:mind 2:0.13 3:-0.14 4:0.18 8:0.21 11:-0.1 12:0.2
s:ming 10:-0.13
s:mins 0:0.73 1:0.1 2:-0.11 5:-0.17
s:minute 0:0.67 3:-0.18 5:-0.16 6:0.14 7:0.11 8:-0.2 13:0.18
s:miracle 5:-0.11
s:miserable 8:-0.12
s:miss 0:-0.13 1:-0.14 2:0.35 3:-0.1 5:0.41 6:-0.12 9:0.26
s:mo 1:0.11
s:moan 5:0.18
s:mobile 8:-0.11
s:model 2:0.17
s:moderator 0:-0.13 5:-0.3 9:-0.15
s:monday 0:0.32 12:0.11
s:money 0:0.21
s:month 1:-0.2 2:-0.12 4:-0.11 5:0.19 6:0.37 13:-0.18
s:mopp 12:0.12
s:more 4:0.15 7:0.15 9:0.28 11:-0.15
s:morn 0:0.11 3:0.15 5:-0.16 7:0.29 9:-0.12 13:0.11
s:morning 5:0.13
s:mortgage 0:-0.13 11:-0.11
s:most 0:0.23 1:-0.15 5:0.19 8:0.16 11:-0.14
s:mot 5:-0.23 11:0.13
s:mother 1:0.2
s:mouth 8:-0.23
s:move 5:-0.1
s:moved 5:-0.11 12:0.12
s:much 4:-0.12 5:-0.14 6:0.27 8:0.12 10:0.16 12:0.12
s:mud 5:0.1
s:mums 1:0.13 8:0.1
s:music 0:0.2 7:-0.11
s:musty 3:0.19 10:0.21
s:muy 6:0.12
s:my 0:-0.16 1:0.16 2:0.14 3:-0.33 5:0.19 6:0.12 7:0.21 8:0.16 9:0.33 11:0.15 12:-0.22
s:mystery 10:-0.11
s:n 0:0.15 1:0.15 4:0.11 5:0.41 6:0.12
s:nail 5:0.12 12:0.4
s:name 0:0.1 1:0.15 2:-0.18 3:-0.12 5:-0.18 8:0.15 13:0.26
s:near 2:0.14 4:0.12 6:-0.17
s:neat 3:-0.19 5:0.29 12:0.24
s:need 0:-0.18 1:0.18 2:0.35 4:-0.19 6:-0.24 8:0.12 9:0.43 10:-0.21 12:0.18 13:-0.12
s:negative 8:-0.13
s:network 8:-0.14
s:never 3:-0.16 4:-0.23 6:0.2 8:0.18 10:0.13 12:0.24 13:-0.33
s:new 0:0.27 1:-0.3 2:0.24 5:0.37 7:0.3 10:0.25 12:0.22 13:0.47
s:newsletter 2:-0.1
s:next 0:0.25 2:-0.16 3:0.11 4:-0.23 5:-0.12 6:0.14 7:0.18 9:0.12
s:ngl 8:0.22
s:nhs 0:0.11
s:nice 0:-0.21 1:0.28 2:-0.11 5:-0.35 8:0.38 12:0.12
s:night 1:0.12 2:-0.12 7:0.21 8:0.12 11:-0.23
s:nightmare 0:-0.12
s:nine 2:0.11 7:-0.16 11:-0.11
s:no 0:0.17 1:-0.16 3:-0.14 6:0.42 7:-0.12 9:-0.11 13:-0.23
s:nobody 1:-0.14 2:-0.26 6:0.42 9:-0.16 13:-0.68
s:nodd 8:0.11
s:normal 5:-0.14
s:not 1:0.24 2:0.14 4:-0.1 5:0.26 8:-0.14 11:-0.36
s:note 4:-0.11 5:-0.15 6:0.17
s:noth 3:-0.15 4:0.14 7:-0.12 8:0.16 9:-0.15 12:-0.17 13:-0.43
s:notic 0:-0.17 2:0.22 3:0.1 6:-0.19 7:0.11
s:notice 4:0.14 11:-0.19 12:-0.11
s:notification 6:0.11
s:now 0:0.17 2:-0.14 5:0.24 7:-0.13 10:0.15 11:-0.29 12:-0.11 13:0.28
s:nowhere 1:0.14
s:number 0:0.12 7:-0.12
s:nurs 1:0.13 2:0.1
s:nurse 1:0.18 5:-0.17 8:0.24 9:0.11 13:0.19
s:nursery 4:0.1 6:0.17
s:oat 5:0.12
s:of 3:0.11 5:-0.23 7:-0.18 8:-0.23 9:0.11 10:-0.12 12:-0.11
s:off 0:-0.2 4:0.12 5:-0.17 6:-0.23 7:-0.18 10:0.17 11:0.12 12:-0.42
s:offer 5:0.16 12:-0.12
s:office 0:0.18 5:-0.25 6:-0.25 9:-0.2 13:-0.19
s:officer 0:0.16
s:often 1:0.25 3:0.1 5:0.18 11:0.12 12:0.14 13:-0.1
s:oh 12:-0.12
s:ok 1:-0.12 3:-0.13 5:-0.11 7:0.15
s:old 0:-0.21 2:0.22 5:-0.14 6:-0.34 7:0.16 12:-0.14
s:older 1:0.18 2:-0.17 13:-0.2
s:on 0:0.24 1:0.15 2:-0.15 10:-0.14 12:0.17 13:-0.11
s:once 0:0.14 7:0.35 8:0.17 9:0.19 12:0.13
s:one 1:-0.25 3:0.12 5:0.12 6:0.22 9:0.1 13:-0.24
s:ones 0:-0.12 8:0.12 9:0.11
s:online 4:0.12 6:0.24 7:0.23 8:0.13 11:-0.13 13:0.33
s:only 1:-0.11 3:0.15 4:0.28 5:0.15 6:0.15 8:0.19 11:-0.12
s:onto 5:-0.11
s:op 7:0.11
s:open 1:-0.15 3:-0.12 5:-0.28 6:-0.18
s:operation 6:0.14
s:opinion 8:-0.16
s:optician 1:-0.17 2:0.26 9:-0.11 13:0.19
s:option 2:0.11 6:0.13
s:or 8:-0.23 10:-0.12 13:-0.12
s:order 0:0.34 2:-0.27 3:-0.1 5:0.41 7:-0.13 12:-0.11
s:other 5:-0.17 7:0.18 9:0.27 10:-0.15
s:otherwise 9:0.11
s:our 0:0.14 1:0.2 2:0.16 4:-0.15 5:0.26 7:-0.14 8:0.12 10:-0.15 11:0.18 12:0.12
s:out 0:0.15 2:0.12 4:0.14 5:0.11 7:0.14 10:0.13 11:-0.18 12:-0.17 13:-0.29
s:outside 1:-0.22 7:-0.1
s:oven 5:0.18
s:over 7:-0.1 8:-0.11 9:0.14 10:-0.19 13:-0.16
s:overall 1:-0.12 8:-0.14
s:overcook 8:0.1
s:overflow 1:-0.1 3:0.2 5:-0.11 10:-0.2
s:overpric 4:0.19 11:-0.22 12:-0.23
s:own 5:0.19
s:owner 4:0.12 5:0.21 10:0.2
s:p 0:-0.22 1:-0.1 5:0.16 6:-0.14 11:-0.32 12:-0.14
s:pack 5:0.21
s:pads 6:0.13
s:page 6:0.26 11:-0.11 12:-0.12
s:paid 1:-0.17 3:-0.14 5:0.12 6:0.11 12:-0.26
s:pain 2:0.12 6:-0.13
s:painless 0:0.13 7:0.19
s:paint 2:0.32 3:-0.15
s:panel 2:0.11
s:paper 5:0.11
s:par 11:-0.13 12:0.11
s:parcel 0:0.11 2:-0.13 3:-0.15 5:0.47 6:0.11 7:0.2 8:-0.1 12:0.11
s:parent 0:-0.2 2:-0.15 6:0.19 12:-0.14 13:0.11
s:park 0:-0.24 1:-0.12 2:-0.17 4:-0.11 5:-0.22 6:-0.11 11:-0.28
s:part 9:0.11 13:0.14
s:participant 1:-0.25 2:-0.15 5:-0.22 11:0.15
s:pass 5:-0.15
s:passenger 5:0.11
s:passport 0:0.18
s:past 0:0.23 12:0.19
s:pasty 5:0.12 12:-0.12
s:patchy 12:-0.17
s:patient 2:-0.11 4:-0.14 5:-0.21 8:0.19
s:pay 1:-0.12 2:-0.18 11:0.31
s:paying 1:0.13 4:0.2 5:0.15 8:-0.11 11:-0.39
s:payment 0:0.15
s:penny 4:0.33 11:0.39 12:0.11
s:people 1:0.19 7:-0.18 8:0.26 9:-0.17 10:-0.16 12:0.29
s:per 4:0.12
s:perfect 5:0.66 6:-0.11 12:0.39 13:0.11
s:perfecto 0:0.13 5:0.11 7:-0.12
s:permit 4:-0.19
s:person 4:-0.1 7:-0.21 13:-0.13
s:personal 6:0.13
s:pet 1:-0.1 2:0.18 9:-0.11
s:pharmacist 0:-0.14 2:0.44 4:-0.1 5:-0.2 9:0.33
s:pharmacy 0:0.28 5:-0.15
s:phon 6:-0.1 9:0.14
s:phone 0:0.28 1:0.4 2:0.18 3:-0.22 5:-0.16 8:-0.36 9:-0.32 12:-0.23 13:-0.27
s:photo 4:-0.12 5:0.21 6:0.23 12:0.19 13:0.26
s:physio 1:-0.13 5:0.28 12:0.25
s:physiotherapist 11:-0.12
s:pick 1:-0.1 2:0.17 5:0.1 13:0.1
s:picture 13:0.1
s:piece 5:0.16 12:-0.14
s:pies 3:-0.1
s:pillow 3:0.12
s:pilot 6:0.19
s:pint 12:-0.23
s:pizza 1:-0.1 4:0.1 5:0.35
s:place 0:-0.21 2:0.16 3:0.23 6:-0.23 8:0.23 11:0.33 12:0.11
s:plain 6:0.13 13:0.14
s:plann 7:-0.13
s:plaster 3:0.15 10:0.14
s:plasterer 11:0.1
s:plastic 5:0.14
s:platform 6:0.11
s:play 1:-0.12 11:0.15
s:pleasant 5:0.1 7:0.16 11:0.11
s:please 5:-0.12
s:plumber 12:0.13
s:pm 0:0.26 1:-0.17 5:0.1 7:-0.11 12:-0.1 13:-0.23
s:pocket 5:-0.1
s:point 1:-0.12 2:0.15 5:0.22 11:-0.28
s:policy 2:0.17
s:polite 0:0.17 1:0.26 6:0.11 8:0.14 9:-0.11
s:pool 5:0.2 6:0.16 12:-0.25
s:popp 0:-0.13 1:-0.11
s:porter 3:-0.1 8:0.11
s:portion 4:0.11 5:0.16
s:positive 2:0.12 9:0.13
s:post 5:-0.13 12:0.12
s:postage 4:0.18
s:poster 13:-0.1
s:pothole 0:0.33
s:pound 4:0.26
s:ppl 11:0.12
s:practice 0:0.14 1:-0.13 4:0.13 5:-0.16
s:prais 0:0.18 3:0.19 4:0.13 5:0.11
s:prescrib 2:0.11
s:prescription 2:0.18 5:-0.24 9:-0.25
s:previou 3:0.11
s:price 0:-0.16 1:-0.11 2:-0.14 4:0.97 6:-0.12 7:0.1 9:0.11 12:0.12 13:-0.17
s:priceless 1:-0.1 5:0.11
s:pricey 4:0.18 6:-0.16
s:pricier 11:0.11
s:print 1:0.23 4:0.29 8:-0.11 11:-0.11 13:-0.11
s:priority 0:0.12 4:-0.11
s:private 0:0.14 2:0.17 4:0.14 5:-0.13
s:priya 1:0.14 8:0.12
s:problem 2:0.23 9:0.2 13:-0.24
s:process 0:0.14 6:0.12 12:-0.12 13:0.12
s:product 1:0.21 2:0.18 6:-0.14
s:professional 11:-0.13
s:promis 0:0.12 6:0.24 12:0.21 13:-0.12
s:proper 0:-0.27 1:0.18 4:-0.14 5:0.23 8:-0.41 9:0.34 10:0.11 12:0.43
s:provider 7:0.1
s:pt 2:0.18 9:0.15 11:-0.11
s:pub 0:-0.11 8:0.14 11:-0.13
s:pudd 5:0.11
s:puddle 3:-0.19 5:0.17 12:-0.19
s:pull 5:0.12 8:-0.11
s:push 1:0.15
s:pushchair 5:0.1
s:pushy 1:0.13
s:put 5:0.11 10:0.16 11:-0.14
s:qr 13:-0.13
s:question 0:-0.11 2:0.2 5:-0.12 6:-0.1 13:0.14
s:queu 0:0.24 1:-0.12 6:-0.16 12:-0.11
s:queue 0:0.93 2:-0.19 3:-0.11 5:-0.26 7:-0.27 8:0.15
s:quibble 0:0.1 7:0.19 13:0.14
s:quick 0:0.37 5:-0.19 6:-0.14 7:0.31 9:0.19 10:0.17
s:quicker 0:0.13 7:0.1
s:quid 2:0.11 4:0.15 11:-0.11 12:-0.12
s:quiet 8:0.12 12:0.1
s:quiz 0:-0.1
s:quot 4:0.23 6:0.11 7:0.25 9:0.11 11:0.12 12:0.14
s:quote 4:0.24 6:0.21
s:r 5:0.1 12:0.12
s:rack 0:0.12
s:rais 0:0.14 5:-0.12 8:0.1 9:0.1
s:ramp 7:-0.14
s:ran 0:0.12 2:-0.13 4:-0.1
s:rang 0:0.17 3:-0.12 5:-0.29 6:0.2 11:0.13 13:0.32
s:rank 12:-0.11
s:rare 0:0.18 6:0.14 7:0.16 13:-0.16
s:rash 2:0.12 9:0.11
s:rate 4:0.3 5:-0.11 6:0.13 13:-0.13
s:rated 5:0.14
s:rather 6:0.11 13:0.13
s:rave 5:0.18
s:ray 0:-0.1
s:rd 12:-0.14 13:-0.1
s:read 2:0.21 5:0.18 6:0.14 7:0.11 9:-0.31
s:ready 0:0.24 1:-0.18 2:-0.18 6:0.2 7:0.12 12:0.13
s:real 2:0.22 3:-0.13 11:-0.28
s:reasonable 3:0.11 4:0.21 11:0.35
s:reassur 2:0.17 9:-0.24 13:0.11
s:receipt 6:-0.11
s:receiv 0:0.11 6:0.16 7:-0.11
s:reception 1:0.15 6:0.19 8:-0.26
s:receptionist 1:0.57 5:-0.18 8:-0.46
s:reckon 2:0.11
s:recognition 2:0.12
s:recommend 2:0.26
s:record 3:-0.14 7:-0.19
s:red 1:-0.12 3:0.12 12:0.16
s:refit 13:-0.1
s:refitt 5:-0.1
s:refund 0:0.27 6:0.13 7:0.16 12:-0.14
s:regard 5:-0.1
s:register 1:-0.1
s:regular 6:-0.14 11:-0.12 13:-0.13
s:reject 5:0.1
s:remember 1:0.2 2:-0.12 8:0.19 12:0.13
s:removal 5:0.16 8:0.19
s:renewal 1:0.11 4:0.1
s:rent 11:-0.16
s:rep 1:0.15 8:-0.15
s:repair 0:0.12 6:0.22 12:0.14
s:repay 7:0.21
s:repeat 5:-0.15
s:repeated 0:0.15 7:-0.11
s:replac 5:0.33 13:0.19
s:replacement 6:0.13 7:0.1 13:0.15
s:repli 5:0.12 12:-0.11
s:replie 5:0.11 13:-0.1
s:reply 0:-0.29 4:-0.14 6:0.33 12:0.22 13:-0.19
s:report 0:0.49 7:-0.17 12:-0.1
s:request 2:-0.11
s:resident 0:-0.12
s:response 8:-0.11
s:restaurant 1:-0.11 6:0.11 12:-0.18
s:result 7:-0.1
s:return 4:0.12 5:0.12 12:-0.12
s:review 0:-0.11 3:0.1 11:0.11 12:0.2
s:rewir 9:0.13 10:0.11
s:right 1:-0.12 2:0.37 4:-0.11 6:-0.13 9:0.17
s:ring 1:-0.11 6:0.54 7:-0.14 12:-0.18 13:-0.42
s:rip 4:0.13 11:-0.15
s:road 0:0.14 1:-0.29 3:-0.16 5:0.18 6:-0.12 7:-0.15
s:roast 5:0.18 12:0.11
s:robbery 0:-0.11 4:0.11 11:-0.12
s:rock 5:0.17
s:roll 0:-0.12 2:-0.1 3:0.19 8:-0.14 12:-0.12
s:roof 2:0.13 12:0.11
s:room 0:-0.17 3:0.65 4:-0.15 5:-0.15 7:-0.12 8:0.12 9:0.12 10:0.1 12:-0.25 13:-0.13
s:rota 1:-0.12 2:-0.12 5:-0.12 6:-0.18
s:rough 5:0.22 12:-0.2
s:round 0:0.23 1:0.1 5:-0.19 11:0.14 13:-0.2
s:route 11:-0.12
s:router 2:0.12 11:-0.13
s:rubbery 8:0.15
s:rubbish 1:-0.13 5:0.22 12:-0.27
s:rude 1:0.38 2:-0.16 3:-0.15 4:-0.17 5:-0.45 6:-0.27 7:-0.11 8:-0.58
s:rule 2:0.11
s:run 8:0.11
s:runn 2:-0.1 5:0.25 6:0.36 7:-0.13 12:-0.14 13:0.11
s:rush 0:-0.15 1:0.28 2:-0.18 5:-0.12 7:-0.11 13:-0.11
s:rye 5:0.1
s:s 4:0.18 5:0.11
s:safe 2:0.16 5:0.25 12:0.14
s:said 0:0.13 1:0.26 2:0.29 6:0.44 7:0.26 8:-0.11 9:-0.18 13:-0.23
s:sale 6:0.1 12:0.1
s:salesman 1:0.18 8:-0.31
s:salon 5:-0.11
s:same 3:-0.12 5:-0.14 10:-0.19 12:-0.11
s:sandwich 5:0.1 11:0.23 12:0.25
s:sat 6:0.26 13:-0.18
s:saturday 0:0.26 2:-0.16 4:-0.12 6:-0.1 7:-0.19
s:saved 0:-0.11 1:-0.14 2:0.37 9:0.28 11:0.17
s:saw 6:-0.11 8:0.16
s:say 0:0.15 2:-0.33 3:0.17 4:-0.17 6:0.35
s:saying 1:-0.11 2:-0.14 6:0.23 7:-0.11 12:-0.13 13:-0.31
s:says 2:0.12 5:0.13 9:-0.15 12:-0.11 13:-0.12
s:scan 0:0.14
s:scanner 6:0.19
s:science 5:0.14
s:scone 5:0.22 12:-0.1
s:scratch 5:0.36 8:0.1
s:screen 0:0.14 5:0.28 6:0.25
s:script 2:0.15 9:-0.15
s:seam 5:0.14
s:seat 2:-0.12 3:0.41 5:0.13 10:-0.15 11:0.23
s:second 0:0.25 2:0.17 6:-0.2 7:0.13
s:section 1:0.11 3:0.11
s:see 2:-0.11 6:0.17 10:-0.16 11:-0.14
s:seed 5:0.13 12:0.15
s:seem 2:0.17 7:-0.1 8:-0.12 9:-0.21
s:seen 0:0.11 1:0.24 3:0.11 8:-0.15 9:-0.17 10:0.18
s:sehr 0:0.16
s:self 0:0.21 1:-0.1 5:-0.18
s:sell 0:-0.21 1:-0.14 2:0.15 4:0.1 5:0.14 6:-0.16
s:semi 5:0.11
s:send 0:-0.16 6:0.27
s:sent 3:-0.17 6:0.44 12:-0.11
s:separate 8:-0.11
s:serv 0:0.18 5:0.2 7:-0.17 8:-0.15
s:service 2:-0.1 3:-0.15 4:0.19 7:-0.22 8:0.11 11:-0.17 12:0.15 13:-0.2
s:session 0:-0.18 1:-0.14 2:0.17 9:0.26 11:-0.12 12:0.14
s:set 1:-0.14
s:seven 0:0.12 7:-0.12 13:-0.12
s:several 3:0.15 4:0.3 8:0.2 9:0.21 10:0.1 11:-0.28
s:shad 12:-0.16
s:shame 0:0.14 1:0.13
s:she 2:0.29 5:0.13 6:0.11 7:0.19 12:0.23 13:0.15
s:sheet 0:-0.12
s:shelve 3:0.1
s:shift 0:-0.21 1:-0.2 6:-0.18 12:-0.11
s:shirt 5:0.13 12:-0.13
s:shock 5:-0.15 13:0.16
s:shoe 5:0.14
s:shop 0:-0.17 1:-0.1 2:0.25 9:-0.1
s:shopper 10:-0.11
s:short 0:0.11 1:-0.12 12:0.14
s:shot 5:0.12
s:should 5:-0.14 6:0.15 9:-0.18
s:shout 0:-0.11 1:0.26 5:-0.17
s:show 0:-0.18 4:-0.1 6:0.49 9:0.15 13:0.39
s:shower 0:0.21 10:-0.17
s:shrugg 1:0.12 8:-0.16 12:-0.12
s:side 5:0.22 9:0.11
s:sigh 0:-0.1 1:0.24
s:sign 5:0.1 12:-0.13
s:since 0:0.15 5:0.15 7:0.29 10:0.17
s:singl 2:-0.1
s:single 6:0.13 13:-0.18
s:sit 6:-0.11
s:site 5:0.13 7:0.11
s:sitt 6:0.11
s:six 1:0.13 5:0.22 7:-0.13
s:skimm 5:0.11
s:skin 5:0.1
s:skirt 5:0.14 11:-0.16
s:sleep 5:0.21
s:sleeve 10:-0.13
s:slept 5:0.11
s:slide 6:0.12
s:slot 0:0.16 5:0.12 7:0.23 13:0.12
s:slow 0:0.27 1:0.12 5:0.11 6:-0.1 7:-0.13 9:0.12 11:0.11 13:0.12
s:small 1:0.16 4:0.2 8:0.14 11:-0.15
s:smell 2:-0.14 3:0.68 5:-0.12 6:-0.16 10:-0.16 12:0.1
s:smelt 3:0.16 5:-0.15
s:smile 5:-0.12 8:-0.3
s:snapp 4:-0.13 5:0.22 12:-0.16
s:so 0:-0.12 1:-0.11 2:-0.18 3:-0.32 6:0.32 7:-0.22 10:-0.19 12:-0.14
s:soak 5:0.22 12:-0.2
s:sofa 1:0.13 3:0.16 5:-0.16
s:soggy 5:0.16 12:-0.15
s:sold 2:0.11
s:solid 12:0.11
s:some 2:0.13 4:0.14 8:-0.19
s:somebody 1:0.12
s:someone 0:-0.11 1:-0.19 2:0.17 3:0.34 9:-0.2 10:-0.17 11:0.13 13:-0.13
s:somewhere 8:-0.11
s:son 0:-0.14 1:0.16 2:0.1
s:sore 0:-0.15 1:-0.16 5:0.21
s:sort 0:0.21 1:0.18 2:0.27 4:-0.11 7:0.24 9:0.27 13:0.11
s:sound 0:-0.11 1:0.3 6:0.12 8:0.26 12:0.27
s:sourdough 5:0.14
s:spa 4:0.12
s:space 5:-0.13
s:spaniel 1:-0.18
s:spare 0:-0.11
s:sparky 1:0.11
s:speak 0:-0.22 6:0.19 9:0.2
s:spec 6:-0.12
s:specialist 2:0.16 9:-0.13
s:speed 0:0.11 5:0.3
s:speedy 0:0.12
s:spend 0:0.14 7:-0.12
s:spent 1:0.14 6:-0.16 7:-0.1 8:0.24 11:0.12
s:split 8:-0.16
s:spoke 1:0.19
s:spoken 0:-0.11 1:0.11
s:spot 9:0.1
s:spotless 1:-0.2 3:0.63 9:0.15 10:0.66 12:0.12
s:spott 2:0.31 4:0.13 5:-0.18 9:0.37
s:spring 5:0.13
s:squeez 6:-0.11
s:st 5:-0.16
s:staf 1:0.12
s:staff 1:0.65 2:0.22 3:-0.22 4:-0.17 5:-0.14 6:-0.3 7:-0.1 9:-0.14 11:-0.16
s:stain 5:0.11
s:stale 5:0.2 12:-0.13
s:stand 0:0.19 6:0.15
s:stank 10:-0.11
s:star 1:0.15 5:0.13 12:0.17 13:0.12
s:start 2:-0.27 3:0.27 5:0.11 6:0.16 7:-0.3 9:-0.12 10:0.15 13:0.18
s:starter 2:0.17 9:-0.13
s:state 10:-0.12
s:statement 1:0.12
s:station 3:0.13
s:stay 1:0.16 2:-0.12 5:0.18 6:-0.14
s:steal 4:0.12 11:-0.11
s:steer 3:0.12 11:0.14
s:stellar 10:-0.14
s:step 1:0.11 2:-0.11 6:0.3 13:0.3
s:sticky 3:0.26 10:-0.28
s:still 3:-0.11 5:0.12 7:-0.38 9:-0.36 10:-0.22 11:-0.23 12:-0.26 13:-0.46
s:stone 0:0.12 7:-0.15 12:-0.11
s:stood 0:0.17
s:stop 4:-0.12
s:stopp 6:0.23 9:0.14 10:0.21 13:0.3
s:storage 0:-0.1 6:0.12
s:store 2:0.1 6:-0.19 8:-0.1 12:-0.14
s:story 0:0.12 5:0.13 12:0.23
s:straight 1:0.12 2:0.12 9:0.22 10:-0.11 11:0.12
s:straightforward 13:0.1
s:straw 1:-0.1
s:street 0:-0.1 11:-0.14
s:streetlight 0:0.23 7:-0.27
s:strength 2:0.1
s:stress 2:0.17
s:stretch 5:0.13
s:strong 1:-0.12
s:stuck 10:-0.31
s:student 2:0.15 6:0.1
s:stuff 2:0.3 9:0.21 13:-0.11
s:stunn 5:0.21 12:0.17
s:stylist 1:0.12 5:0.15
s:such 5:-0.12
s:suit 1:0.15 2:0.11
s:summ 8:0.12
s:summary 3:0.12 4:0.19 8:-0.11 13:0.17
s:summer 5:0.11
s:sunday 0:-0.11 10:-0.11 11:-0.12
s:super 5:0.28 12:0.29
s:superb 7:0.25
s:supermarket 12:0.13
s:supervisor 1:0.12
s:supplement 2:0.11
s:supplier 7:0.13
s:support 0:0.19 2:0.15 9:-0.15 12:0.14
s:supposed 1:0.11
s:sure 0:-0.25
s:surgery 0:0.23 1:-0.14 3:0.22 5:-0.2 7:0.18 8:-0.19 9:0.13 10:0.23
s:surpris 1:-0.12 4:-0.11 10:0.15 11:0.18
s:swapp 13:0.11
s:swept 3:0.28 10:0.2
s:switch 1:-0.11 5:-0.16 7:0.17
s:symptom 9:-0.14
s:system 5:-0.11 6:-0.11
s:ta 7:0.13 10:0.33 12:0.11
s:table 1:0.17 3:0.33 5:-0.15 6:-0.11 10:-0.34 13:-0.1
s:tablet 2:0.24 7:0.25 9:-0.11 13:0.1
s:tag 1:-0.12
s:tait 1:0.12
s:take 0:0.23 1:0.19 3:-0.11 7:-0.28
s:takeaway 4:0.16 5:-0.13
s:taking 7:-0.14
s:talk 1:0.35 2:0.17 8:-0.39 9:0.23
s:tap 5:0.19 7:-0.13 12:-0.14
s:tariff 5:-0.11
s:tast 5:0.16 12:-0.12
s:taste 5:0.28 12:-0.23
s:tasty 5:0.16 8:-0.1
s:taught 2:0.11 6:-0.1
s:tax 2:0.14 4:-0.15
s:tbh 0:-0.21 5:0.2 12:-0.17
s:tea 12:-0.1
s:teacher 0:-0.13 6:0.13
s:team 1:0.28 4:-0.11 5:-0.13 8:0.11
s:tell 0:0.14 1:-0.19 2:0.34 3:-0.12 6:0.34 9:-0.13
s:ten 7:0.19 8:-0.13 11:-0.14 12:0.12 13:0.13
s:tenner 11:0.35
s:term 7:-0.13
s:test 2:0.12 12:-0.14
s:text 0:-0.26 2:-0.25 3:-0.17 4:-0.13 5:-0.14 6:1.01 13:0.57
s:th 0:0.11 13:-0.11
s:than 0:0.14 4:0.17 6:-0.18 7:0.27 9:0.23 10:0.22 12:0.16
s:thank 0:-0.2 4:-0.17 5:-0.22 13:-0.12
s:that 2:0.2 3:-0.27 4:0.23 6:0.11 8:0.34 9:0.17
s:the 0:-0.33 1:-0.33 3:-0.21 4:-0.28 6:0.14 8:0.12 9:-0.12 10:-0.14 12:-0.27
s:their 1:0.4 2:-0.28 4:-0.21 5:-0.16 6:0.18 8:-0.22 9:0.24 11:0.15 13:0.16
s:them 0:-0.19 1:0.22 3:0.15 5:0.23 6:0.29 7:-0.22 10:-0.13 11:0.13 12:0.14
s:themselve 0:-0.1 2:-0.11 5:0.18
s:then 1:0.14 3:0.15 4:0.15 5:-0.18 6:0.34 8:0.15 9:-0.12 10:-0.15 11:-0.23 13:-0.29
s:therapist 5:-0.13
s:there 0:0.21 3:0.17 5:0.18 6:-0.11 10:-0.26 12:-0.32 13:-0.2
s:these 12:0.12
s:they 0:0.12 6:0.31 7:0.12 8:0.14 9:-0.32 11:0.27 12:-0.1 13:0.15
s:theyd 9:0.12 11:-0.1 12:0.22
s:theyre 1:0.13 11:-0.1
s:theyve 1:-0.14
s:thing 4:0.16 6:-0.19 7:0.14
s:think 0:0.12 1:-0.21 4:0.25 9:-0.11 10:-0.1
s:third 5:0.15
s:this 0:-0.15 1:-0.11 3:-0.19 5:-0.26 7:0.15 10:0.14 11:0.1
s:tho 1:0.11 5:0.11 8:0.16 12:0.11
s:thorough 1:-0.15
s:those 5:0.14
s:though 0:0.47 1:0.26 2:0.1 4:0.12 5:0.11 8:0.25 10:-0.13 11:-0.12 12:0.2 13:-0.15
s:thought 2:0.17 3:0.11 12:0.13
s:three 2:0.12 4:0.1 5:0.26 9:-0.29 12:-0.21 13:-0.37
s:through 0:0.23 6:0.24 9:0.17 13:0.5
s:thru 7:-0.15
s:thursday 0:0.2 5:-0.12 7:-0.43
s:thyroid 2:0.13 9:0.15
s:ticket 0:0.2 4:0.16 6:-0.14 7:-0.16 8:-0.11
s:tidy 3:0.25 10:0.25
s:tile 9:0.12
s:till 0:0.35 2:-0.18 5:-0.16 7:-0.31 8:-0.12
s:time 0:0.25 1:0.35 3:-0.22 5:0.11 6:0.22 7:-0.12 8:-0.23 11:-0.13 12:-0.14
s:tip 3:0.35 8:0.13 10:-0.23
s:tipp 0:0.13
s:to 1:0.21 3:-0.26 4:-0.11 5:-0.16 6:0.18 8:-0.31 10:-0.25 11:-0.16 12:-0.11 13:-0.17
s:toast 11:-0.15
s:toaster 13:0.13
s:today 1:-0.16 12:-0.11
s:toilet 0:-0.37 2:-0.2 3:0.82 5:-0.12 6:-0.11 10:-0.36
s:told 0:-0.36 1:-0.16 2:0.76 3:-0.26 4:-0.28 5:-0.13 6:0.11 7:-0.38 8:-0.13 9:-0.45 13:-0.49
s:tomorrow 1:0.11
s:too 1:0.32 2:-0.14 5:0.42 8:0.19 12:0.1 13:-0.11
s:took 0:0.49 1:0.17 4:-0.13 5:0.15 7:-0.13 8:0.33 9:0.15 11:0.11
s:top 1:-0.12 6:0.28 9:0.15 11:-0.15 13:-0.14
s:total 8:-0.12
s:touch 0:-0.12 3:0.12
s:towel 5:-0.12 11:-0.14
s:town 1:0.2 3:-0.11 4:0.26 6:-0.1 11:0.15 12:0.17
s:tr 4:0.21
s:track 0:0.17 6:0.32 11:0.1
s:trade 11:0.1
s:traffic 1:0.12 8:-0.11
s:train 1:-0.14 2:0.34 5:-0.24 11:-0.33 13:-0.12
s:transfer 0:0.14
s:transferr 5:0.11
s:travel 2:0.12 9:-0.11
s:treat 1:0.17 2:0.16 10:0.16 13:0.1
s:treatment 4:0.17 11:-0.19 12:0.1
s:tried 5:0.18
s:trim 5:0.23
s:trimm 5:0.11 12:0.11
s:trolley 0:0.22 3:0.14
s:trop 4:0.12 11:-0.15 12:0.11
s:trust 2:0.19
s:try 1:0.19 8:0.18
s:trying 3:0.11 8:-0.12
s:tuesday 2:-0.11
s:turn 0:0.26 1:-0.15 2:0.13 6:0.19 11:0.14
s:tv 0:-0.13
s:twenty 0:0.21 2:0.12 5:0.12 12:0.17
s:twice 1:0.11 9:-0.13 11:-0.14 12:-0.33
s:two 0:0.34 2:0.18 3:-0.19 4:0.11 5:0.16 7:-0.19 11:0.14
s:tyre 1:-0.13 2:0.23 6:-0.14 11:0.11 12:-0.1
s:under 2:-0.13 3:0.24 7:0.24 10:-0.11 11:0.13
s:understand 0:-0.11 2:0.14 5:-0.29 6:0.3 11:-0.12
s:understood 6:0.19 13:0.17
s:unfair 0:0.12
s:unhelpful 1:0.19 8:0.13
s:uniform 5:-0.13
s:unit 5:-0.14
s:unreal 5:0.11 11:0.36
s:until 0:0.1 5:0.13 6:0.19 7:-0.21 12:-0.12 13:-0.1
s:up 0:0.14 4:-0.18 7:-0.41 8:-0.19 10:0.43 11:-0.12 13:-0.17
s:updat 0:0.17 6:0.24 13:0.1
s:update 1:-0.13 6:0.29 13:0.12
s:upgrade 5:0.16
s:upload 6:0.12
s:upsell 1:0.27 5:-0.11
s:urgent 0:0.1
s:us 3:-0.25 7:0.1 8:0.16 12:-0.11
s:use 1:-0.12 2:0.38 6:-0.11 9:0.12
s:used 4:0.14 6:-0.12 10:-0.13
s:usher 1:0.11
s:using 2:0.2
s:usual 11:0.16
s:valet 3:0.41 10:-0.11 11:0.21
s:valu 0:-0.14 11:0.15
s:value 4:0.53 5:-0.15 11:0.28
s:van 0:0.17 7:0.12
s:vans 1:0.11
s:varifocal 5:0.13
s:vegan 12:-0.11
s:venue 6:0.16
s:very 2:0.14 5:0.12 8:0.27 10:0.12 11:-0.25 13:-0.15
s:vet 0:-0.23 1:0.13 2:0.16 8:0.1 12:0.17 13:0.15
s:vets 5:-0.13
s:video 6:0.18
s:view 2:-0.13 3:-0.2 5:-0.2 12:-0.14
s:visit 5:-0.15 7:0.27 9:-0.13 12:-0.13
s:visitor 12:0.16
s:vivaldi 0:0.11
s:voicemail 0:-0.15
s:volunteer 1:0.11
s:voucher 4:0.15 11:0.11
s:wait 0:0.92 1:-0.35 2:-0.27 4:-0.38 5:-0.29 8:0.3 11:0.19 12:0.46 13:-0.11
s:waiter 1:0.39 5:0.13 10:-0.12
s:waitin 6:0.19
s:waiv 11:0.11
s:walk 0:0.1 1:0.21 4:-0.13 5:-0.11 6:-0.13 7:-0.17
s:walker 5:-0.12 6:0.11
s:want 1:0.18 2:-0.19 8:-0.14
s:ward 3:0.1
s:warden 1:0.22 8:-0.13
s:warm 8:0.11 12:-0.29
s:warn 2:0.14
s:warranty 2:0.12 9:-0.14
s:was 1:0.17 2:-0.13 3:-0.2 5:0.13 11:0.28 12:-0.41
s:wash 0:-0.16 6:-0.11 12:-0.14
s:washer 5:-0.11
s:wasnt 0:0.14 6:0.14 8:-0.24 9:-0.15 12:-0.15 13:-0.14
s:wasp 8:-0.33
s:watch 5:-0.14
s:water 2:0.14 3:-0.12 11:-0.15 12:-0.16
s:way 0:-0.1 6:0.11 11:-0.16 13:0.13
s:we 1:0.11 4:0.22 6:0.15 10:0.28 11:-0.31
s:wear 1:-0.18
s:website 5:-0.12 13:-0.23
s:wed 5:-0.1 6:0.12 13:-0.14
s:wedd 0:-0.16 1:0.14 4:-0.11 5:0.37 6:0.36 12:0.24
s:wednesday 7:0.12
s:wee 10:-0.11
s:week 0:0.75 1:-0.37 3:0.13 4:-0.28 6:0.13 7:-0.46 9:-0.23 10:-0.14 12:-0.14 13:-0.24
s:weekend 0:0.13 12:-0.12 13:0.11
s:welcom 8:-0.37
s:welcome 1:0.19
s:well 5:0.16 7:0.21 9:0.14 12:0.39
s:went 0:-0.12 1:-0.13 4:-0.36 7:-0.11 9:-0.11 10:-0.17 12:-0.23 13:0.11
s:were 0:-0.13 3:0.21 4:0.15 5:0.1 6:0.17 7:-0.18 9:-0.13 12:-0.16 13:0.11
s:werent 12:-0.17
s:wet 3:0.18 10:-0.11
s:weve 10:-0.14 13:-0.13
s:what 0:-0.13 1:-0.38 4:0.13 5:-0.24 6:0.53 8:0.15 9:-0.24 11:-0.14 13:0.28
s:wheel 3:0.1 5:0.13 11:0.12 13:-0.11
s:wheelchair 8:0.13
s:when 1:0.26 4:0.18 6:0.38 8:-0.17 9:-0.13 11:-0.34 12:-0.25 13:-0.13
s:where 0:-0.14 6:0.34 9:-0.11 11:0.19 13:0.3
s:whether 0:-0.21 1:-0.28 2:0.25 5:-0.28 6:0.1 9:-0.17 10:-0.1 13:-0.13
s:which 1:-0.24 2:0.49 4:0.11 5:-0.14 8:0.22 10:0.26 12:0.1 13:0.18
s:while 0:0.18 1:0.13 5:-0.12 7:0.3 11:0.21 13:0.14
s:who 1:0.33 2:0.22 6:-0.17 7:-0.11 8:0.1 10:-0.26 12:0.31
s:whole 1:0.13 2:0.12 8:-0.2
s:whos 13:0.12
s:why 0:0.31 2:-0.14 4:-0.15 6:0.47 8:0.11 13:-0.11
s:wide 8:-0.23
s:wifi 5:0.49 6:-0.2 9:-0.12 12:-0.22
s:will 5:-0.23
s:window 1:-0.12 6:0.12 9:-0.12
s:wine 1:-0.14 5:0.24 11:0.18 12:0.3
s:winter 5:0.11 12:0.16
s:wipe 3:0.13
s:wiped 3:0.21 10:-0.12
s:wish 5:-0.1 13:-0.15
s:with 1:0.54 3:0.11 4:0.19 6:0.16 7:-0.15 8:0.13 12:0.15
s:within 0:0.31 5:0.11 6:0.12 7:0.58
s:without 2:0.22 3:-0.1 5:0.24 6:0.31 7:0.22 8:0.23 12:-0.23
s:woman 1:0.34 6:-0.2
s:wont 1:-0.11 5:0.29 9:-0.11 12:-0.24
s:word 12:-0.12
s:work 2:0.38 4:-0.24 9:-0.31 10:0.18
s:worn 6:0.2 9:0.14 13:0.16
s:worth 3:-0.25 4:0.41 5:0.28 11:0.16 12:0.24 13:0.13
s:wot 2:0.14 10:-0.12
s:would 1:-0.34 4:-0.19 5:-0.14 7:0.14 8:0.13 10:-0.15 12:0.13 13:-0.2
s:wouldnt 1:0.13 8:-0.23 12:-0.16 13:-0.22
s:wow 7:-0.11
s:wrapp 12:0.26
s:write 0:-0.11 1:-0.12 5:-0.12
s:written 6:0.22
s:wrong 0:-0.12 2:0.93 3:-0.12 5:-0.19 6:-0.22 8:-0.16 9:-0.41 12:-0.13 13:-0.12
s:wrote 6:0.13
s:x 8:0.14
s:yeah 9:-0.11
s:year 2:0.2 3:-0.11 4:0.14 8:0.16 10:-0.12 11:-0.12 12:0.22
s:yes 2:0.18 9:-0.16
s:yesterday 5:0.16
s:yet 2:0.1 9:0.25
s:you 0:-0.11 5:-0.19 10:0.23 11:0.13 13:0.2
s:youd 1:-0.16 5:-0.11
s:younger 0:-0.11 2:-0.11 5:0.11
s:your 3:0.14 6:-0.17 10:0.24
s:youre 1:0.12 8:-0.18
s:zero 10:0.18
s:£ 0:-0.28 1:-0.12 4:2 6:0.22 7:0.24 10:0.19 11:-0.76 12:-0.24 13:-0.25
s:€ 4:0.13 5:0.11 11:-0.15 12:0.13
u:! 1:-0.18 2:-0.25 3:-0.12 4:0.24 5:0.15 6:-0.15 10:0.36 12:0.76
u:$ 8:-0.12
u:% 4:0.23
u:02 7:0.11
u:05 13:0.21
u:1 1:-0.14 4:0.19 5:-0.2 6:0.19 7:0.12 13:-0.16
u:10 0:0.23 1:-0.27 3:-0.14 4:-0.1 6:0.12 9:-0.15 13:-0.13
u:12 0:0.27 5:0.11
u:120 5:0.1 6:0.1
u:14 3:0.12 5:0.17
u:140 4:0.11 11:-0.18
u:15 4:0.12 11:0.11
u:18 4:0.14 6:0.2 11:-0.11
u:180 5:0.14 11:-0.2
u:19 11:0.12 13:-0.14
u:2 0:0.29 2:-0.15 3:-0.18 7:-0.15 10:0.15 11:0.12 13:0.33
u:20 0:0.27 1:-0.18 4:-0.14 5:-0.17 6:0.12 10:0.1 12:-0.13
u:22 6:0.12 11:-0.13
u:24 7:0.17 11:-0.12
u:240 11:-0.11
u:25 0:0.14 5:0.1
u:3 0:0.41 1:-0.16 3:-0.14 4:-0.18 6:-0.12 9:-0.22 12:0.26 13:-0.28
u:30 1:0.14 5:-0.28 11:0.15 12:0.12 13:0.13
u:300 8:0.14 11:-0.1
u:340 13:-0.1
u:35 0:0.12 3:0.1 6:0.12 11:0.15
u:350 12:-0.11
u:38 12:-0.36
u:4 0:0.24 3:-0.2 5:-0.14 6:0.14 7:-0.42 11:-0.22
u:40 0:0.26 2:0.1 3:-0.1 4:0.13 7:-0.2 11:-0.11 12:-0.11 13:-0.17
u:400 5:-0.12
u:45 0:0.35 4:0.18 7:-0.15 11:-0.15
u:48 4:0.13 5:0.19 7:-0.11 11:-0.15 13:-0.11
u:5 0:0.32 2:-0.1 4:-0.15 7:0.14 11:0.16
u:50 0:0.17 4:0.18 6:0.15 7:-0.26 11:-0.22 13:-0.11
u:500 5:0.12 12:-0.14
u:6 0:0.35 6:0.17
u:60 11:-0.15
u:65 4:0.13
u:7 0:0.22 11:0.11 12:0.11 13:-0.22
u:70 4:0.2 11:-0.13
u:8 0:0.24 5:0.15 7:-0.15 12:0.24 13:-0.11
u:80 4:0.16 11:-0.14 12:-0.13
u:9 0:0.16 4:0.13 5:-0.15 13:-0.1
u:90 0:0.12 3:-0.13 7:-0.12
u:95 4:0.11 11:-0.17
u:99 0:0.1 4:0.13
u:? 0:-0.11 1:-0.2 5:-0.34 7:-0.29 11:-0.13 13:-0.13
u:a 0:-0.2 3:-0.19 4:0.14 7:-0.28 8:-0.27 9:0.11 10:-0.3
u:about 4:-0.23 5:-0.12 6:0.14 8:0.11 10:0.23 13:-0.19
u:absolute 2:-0.1 4:0.14 6:0.14 7:0.1
u:account 0:0.17 5:-0.13 6:0.17 7:0.18 11:0.12
u:acted 1:0.24 8:-0.1
u:actually 1:-0.11 6:0.27 7:0.14 8:0.23 9:0.17 10:0.15 11:0.11 12:0.37 13:0.5
u:address 8:-0.1
u:advertised 12:-0.13
u:advice 2:0.41 9:-0.15
u:adviser 0:-0.14 2:0.12 9:-0.11
u:advisers 2:0.11
u:advisor 7:-0.16 13:-0.12
u:after 2:-0.12 3:0.24 4:-0.14 5:0.29 6:0.12 7:0.16 10:0.27 13:0.2
u:afternoon 10:-0.11
u:afterwards 1:0.12 7:0.1
u:again 1:-0.1 5:0.42 6:-0.1
u:against 2:0.13
u:agent 5:-0.26 6:0.24 8:-0.11 9:-0.17 13:-0.36
u:agents 0:-0.13
u:ages 6:-0.16 7:-0.12
u:ago 6:0.13
u:agreed 0:-0.15 5:0.26 6:0.18 8:0.14 13:0.12
u:ahead 0:0.17
u:air 10:0.16
u:aisles 3:0.14
u:alarm 5:-0.12
u:all 1:0.21 2:0.22 3:0.16 4:-0.19 6:-0.18 9:0.12 13:0.22
u:allowance 9:-0.13
u:almost 0:0.12 6:-0.11 10:0.15
u:already 4:0.1 5:0.16 6:0.16 9:-0.12 13:-0.17
u:also 2:0.11 4:0.1
u:always 0:0.14 1:0.22 2:-0.14 3:0.14 5:-0.12 7:0.2 8:0.21 10:0.16 12:0.11
u:am 7:-0.11
u:amazin 3:0.1 10:-0.12
u:amazing 3:0.11
u:an 0:0.24 2:0.23 3:0.13 4:0.13 5:-0.17 6:0.1 8:0.11 10:0.15
u:and 0:0.19 1:0.22 2:0.35 3:0.25 5:0.19 6:0.17 7:0.14 8:0.25 9:0.32 11:0.35 12:0.18 13:0.31
u:animals 2:0.12 10:0.13
u:annual 12:-0.12
u:another 1:-0.25 3:-0.12 6:-0.12 12:-0.12
u:answer 2:0.34 5:-0.21 6:-0.25 9:0.16 13:0.11
u:answered 0:0.13 8:0.15
u:answering 1:0.11
u:answers 0:-0.17 2:0.25 4:-0.11 6:-0.13
u:any 2:0.16 5:-0.25
u:anyone 2:-0.13 5:-0.11 10:0.1
u:anything 6:0.13 8:0.12 9:0.21 12:0.14
u:anywhere 7:0.12 11:0.13
u:apologetic 1:0.13 3:0.13 5:0.12 8:0.1
u:apologising 1:-0.13 5:0.1
u:app 1:-0.16 2:-0.19 5:0.26 6:0.22 11:0.12 13:0.13
u:apparently 0:0.14
u:appeared 6:0.13
u:appointment 0:0.15 5:-0.1 9:0.13 13:-0.21
u:appreciated 6:0.2 13:-0.13
u:apprentice 5:0.1
u:apps 6:0.11 12:-0.13
u:april 5:-0.11
u:are 2:0.13 3:0.14 5:0.23 10:-0.3 11:-0.25 13:-0.26
u:area 3:0.24
u:arm 5:0.1
u:around 2:0.1
u:arrive 0:0.13 5:0.1
u:arrived 0:0.42 5:0.3 6:0.42 7:0.11
u:as 1:0.36 4:0.16 8:-0.14 10:0.15 11:0.19 12:0.16
u:ask 0:-0.15 1:0.19 2:0.26 3:-0.12 5:-0.16 6:-0.11 9:-0.38 13:-0.26
u:asked 0:-0.27 2:0.31 3:-0.27 4:-0.27 5:-0.22 6:-0.19 8:-0.15 9:-0.28 13:-0.31
u:asking 1:0.14 5:-0.17 8:-0.2 11:-0.14 13:0.13
u:asks 2:0.11
u:asleep 8:-0.15
u:assistant 4:-0.11 13:-0.18
u:at 0:0.4 2:-0.24 3:-0.1 8:-0.19 9:0.1 12:0.19 13:0.12
u:ate 1:0.11
u:auditorium 4:0.14
u:august 7:-0.18 12:-0.13
u:autism 2:0.1
u:average 7:0.12
u:away 0:0.13 7:0.12 9:0.14
u:back 0:-0.15 1:0.13 2:-0.14 5:0.45 7:0.25 8:-0.11 10:-0.31 12:-0.27
u:backwards 2:0.11
u:bad 11:-0.12 12:-0.25
u:bag 0:0.15 5:-0.15 12:0.31
u:bags 11:-0.25
u:baked 5:0.11
u:bakery 5:0.18 12:0.13
u:band 1:-0.21
u:bang 7:0.11
u:bank 5:-0.2 8:0.15 9:-0.15
u:banking 5:0.12
u:banks 0:0.13 5:0.13 6:-0.12
u:bar 1:0.26 2:-0.16
u:barber 5:0.17
u:barely 12:-0.24 13:-0.13
u:bargain 4:0.18
u:basically 7:0.14
u:basket 5:-0.1
u:bath 10:-0.18
u:bathroom 5:-0.15
u:bathrooms 3:0.19
u:batter 0:0.11
u:battery 12:0.14
u:be 0:0.12 1:-0.14 4:0.12 5:-0.13 9:-0.17
u:beautifully 12:-0.16
u:because 5:-0.12 7:-0.32 8:0.12 11:0.11 12:-0.21 13:-0.11
u:bed 0:-0.12 5:0.24 6:-0.12 11:0.13
u:been 3:0.16 4:-0.27 5:-0.18 6:0.17 7:-0.21 8:0.11 10:-0.26 11:0.13 12:-0.13 13:-0.34
u:before 2:-0.18 4:-0.22 5:-0.15 7:0.26 9:0.23 10:0.24 13:0.26
u:behind 0:0.13
u:being 0:0.1 4:-0.11 5:-0.22 6:-0.12 7:-0.28 8:-0.26
u:bell 0:0.13
u:best 1:-0.12 2:-0.18 3:-0.25 4:0.14 5:0.27 7:-0.15 8:0.11 11:0.31 12:0.55
u:better 2:0.15 9:0.18 12:0.22
u:between 0:0.23 1:-0.19 7:-0.16
u:beyond 5:-0.11
u:bien 5:0.15
u:big 2:0.18 5:-0.13 6:-0.12 8:-0.11 11:0.19
u:bike 0:0.13 7:0.12 12:0.11
u:bill 1:0.26 2:-0.22 4:0.27 5:-0.15 6:0.5 8:-0.19 11:-0.11
u:bin 0:-0.17 1:-0.14 5:0.16 12:0.11 13:-0.18
u:bins 2:-0.11 3:0.18 5:0.4 10:-0.21 12:-0.2
u:bird 5:0.12 12:0.15
u:birthday 1:-0.11
u:bit 4:0.15 6:-0.24 7:0.1 8:-0.12 9:0.23
u:bite 5:0.11
u:bits 5:-0.11
u:bitter 5:0.13
u:blind 0:-0.11
u:blocked 6:-0.1
u:bloke 0:-0.18 1:0.26
u:blood 2:0.26 4:0.12 5:-0.1 8:0.11 11:-0.13
u:blow 12:-0.14
u:board 6:0.12
u:boards 5:0.14 11:-0.16
u:bob 5:0.12
u:boiler 3:0.11
u:boilers 0:0.1 5:-0.11
u:bone 12:0.3
u:book 1:-0.12 4:-0.12 5:-0.1 7:-0.1
u:booked 0:0.17 5:0.33 12:0.16
u:booking 0:0.11 2:-0.11 5:-0.12 6:0.16 7:0.13 8:0.11 13:0.16
u:books 4:0.23 5:-0.12 11:0.13
u:booth 3:0.13
u:boots 5:0.1 12:0.15
u:borrow 4:0.11
u:bot 6:0.14 13:-0.17
u:both 0:-0.13
u:bottle 11:0.21
u:bought 5:0.36 12:0.12
u:box 4:-0.14 12:-0.1 13:0.13
u:boxes 12:-0.12
u:boy 8:-0.23
u:brakes 9:-0.14
u:branch 2:0.11 3:0.14 5:-0.29 6:-0.11 7:0.29 8:0.11 9:-0.24
u:branches 13:-0.13
u:brand 0:0.17 5:0.24 7:0.16 10:0.1 12:0.14
u:bread 5:0.13 12:-0.22
u:break 5:-0.11
u:breakdown 0:0.12
u:breakfast 5:0.28 8:0.2
u:bridal 8:0.21
u:brides 13:0.11
u:brilliant 5:0.14 6:0.18 9:0.11
u:brilliantly 5:0.1
u:bring 6:0.1
u:broadband 5:0.24 7:-0.12 9:-0.15 11:-0.13 12:0.11
u:broadly 13:0.11
u:broken 0:0.26 12:-0.17
u:brought 5:-0.13 8:0.14 10:0.16
u:brown 7:-0.13
u:brows 5:0.14 8:-0.13
u:budget 0:-0.1 4:-0.1 11:0.27
u:build 6:0.1
u:builder 1:-0.13 6:0.14 7:-0.1
u:builders 11:0.14
u:building 5:-0.12
u:bulb 2:0.11
u:burgers 10:-0.14
u:burnt 5:0.18 12:-0.12
u:bus 1:0.13 5:-0.16
u:busy 1:0.23 5:-0.13
u:but 0:0.14 1:0.37 2:0.25 3:0.22 4:0.29 5:0.28 6:0.13 7:-0.18 8:0.35 10:-0.23 11:-0.33 12:0.29
u:butcher 5:0.13
u:button 1:0.1
u:buy 6:-0.11 11:-0.17
u:by 0:0.48 3:0.21 4:0.12 5:-0.17 7:0.21 9:0.19 10:-0.12 13:0.16
u:cable 1:-0.11
u:caf 5:0.13
u:cafe 5:-0.2
u:cake 5:0.3 12:0.13
u:call 2:-0.16 5:-0.18 6:0.13 13:-0.15
u:callback 7:0.13
u:called 13:0.29
u:calling 1:0.12
u:calm 1:-0.17
u:calmer 1:-0.1
u:came 0:0.16 3:0.17 4:-0.12 9:0.26 12:0.13 13:0.12
u:can 0:-0.12 6:0.11 9:0.13 10:0.1 11:0.22 13:0.3
u:cancelled 1:-0.15 6:0.28 7:-0.12 13:-0.16
u:canned 6:0.11
u:cant 0:0.14 4:0.27 6:-0.11 8:0.14 9:-0.15 11:0.42 12:0.16
u:canteen 0:-0.12
u:car 0:0.23 1:0.12 2:-0.16 3:0.33 5:-0.19 6:-0.12 13:-0.17
u:card 0:0.13 1:0.22 5:-0.19 8:0.33
u:care 5:0.12 12:0.15
u:careful 5:0.16 8:0.1
u:carpet 3:0.1
u:carried 1:0.16 12:0.11
u:carrier 11:-0.27
u:cashier 5:-0.16 8:-0.3 9:-0.13
u:cast 5:0.12
u:cat 12:0.14
u:ceiling 10:0.16
u:centre 0:0.11 1:0.1 3:0.11 7:-0.13 12:-0.1 13:-0.18
u:centres 5:0.14
u:chains 1:0.11 8:-0.11
u:chair 1:0.13 8:-0.15
u:change 1:0.15 5:-0.13 6:-0.2 8:0.2 10:0.12
u:changed 0:-0.12 13:-0.21
u:changing 3:0.22 6:-0.13 10:-0.17 11:0.13
u:chap 1:0.14 2:0.18 9:0.1
u:charge 0:-0.17 1:0.13 2:-0.11 4:0.44 5:-0.13 6:0.27 11:-0.34 13:-0.17
u:charged 3:0.1 4:0.56 5:0.16 11:-0.22 13:-0.14
u:charges 1:-0.1 2:0.24 4:0.13
u:chase 2:-0.11
u:chat 0:0.11 6:0.19 13:-0.32
u:chatbot 6:0.17 13:-0.12
u:cheap 2:-0.13 4:0.44 5:0.11 6:-0.13 7:0.11 11:0.51 12:-0.15
u:cheaper 2:0.13 4:0.13 7:0.11 9:0.19
u:cheapest 11:0.21
u:check 0:0.28 9:0.28 12:-0.17
u:checked 2:0.24
u:checking 1:0.16
u:checkout 0:0.23 5:-0.13 6:0.27 7:-0.16 11:-0.21 13:-0.15
u:checkouts 0:0.11
u:cheerful 4:0.16 5:0.2 12:-0.11
u:cheers 0:0.1
u:chef 5:0.24 8:0.14 10:-0.15 11:-0.14 12:0.11
u:cheque 9:-0.1
u:chewing 1:-0.17
u:chicken 8:0.13
u:children 0:-0.14 5:0.16
u:childrens 3:0.12
u:chipped 8:0.11
u:chippy 0:0.11
u:chips 3:-0.14 5:0.4 11:0.14 12:-0.33
u:choose 12:0.14
u:christmas 1:-0.23 6:-0.16
u:chucked 5:0.11 12:-0.11
u:chunk 12:-0.11
u:circles 13:-0.1
u:city 5:0.1
u:claim 6:0.1
u:class 9:0.14
u:clean 2:-0.16 3:0.62 4:0.1 6:-0.15 10:0.44 11:-0.13
u:cleaned 0:-0.13 3:0.12 11:-0.13 12:-0.1
u:cleaner 3:0.32 5:0.2 7:-0.13 10:0.3
u:cleaners 3:0.1 8:-0.12
u:cleaning 1:-0.11 4:-0.15 5:-0.13 10:0.13
u:cleanliness 1:-0.13 6:-0.14
u:cleans 10:-0.16
u:clear 2:-0.11 6:0.25 13:0.25
u:clearly 1:0.18 2:0.22 6:0.18 12:-0.17 13:0.18
u:clerk 5:-0.1
u:clients 0:-0.11 11:-0.16
u:clinic 0:0.16
u:clippings 3:0.11 10:-0.2 12:0.2
u:cloakroom 5:-0.11
u:closed 4:0.11
u:closing 5:-0.14
u:cloud 5:0.1 12:0.11
u:club 5:0.1 12:-0.15
u:clubs 5:0.13
u:clueless 2:0.18 9:-0.14
u:clutch 3:0.11 5:0.13
u:coach 9:-0.1
u:coaches 12:-0.1
u:coat 0:-0.1 5:0.15
u:cocktails 4:0.13 11:0.22
u:code 13:-0.14
u:coffee 5:0.18 6:-0.11 10:-0.11 12:-0.1
u:cold 1:0.21 2:-0.13 3:-0.11 5:0.55 7:-0.23 12:-0.25
u:colleagues 2:0.1
u:collected 5:-0.13
u:collection 1:-0.18 3:0.19 12:0.18 13:-0.14
u:collections 6:0.12
u:colour 1:0.11 2:0.12 9:0.12
u:come 0:0.1 4:-0.11 5:0.15 7:0.11 11:0.13
u:comfy 12:0.11
u:coming 5:0.16 7:-0.11 10:-0.1 11:0.13
u:comment 0:-0.1 1:0.12
u:commenting 10:0.2
u:comments 3:0.11
u:committee 5:0.1 12:-0.11
u:communication 6:0.11 13:-0.23
u:company 5:0.12 12:-0.23
u:companys 6:0.11
u:compared 7:0.14 11:0.13
u:complain 0:0.11 3:0.11
u:complaining 7:-0.2 13:0.15
u:complaint 8:-0.12
u:complaints 0:0.2 2:-0.12 4:-0.14 5:0.15 6:0.27 10:0.11 12:0.15
u:completely 12:0.1
u:complimentary 3:0.14 4:-0.21
u:compliments 1:0.1
u:computers 5:0.1 12:-0.1
u:confirmation 6:0.19
u:confusing 6:0.16 13:-0.31
u:consensus 12:-0.13
u:consistently 12:-0.13
u:constantly 5:0.18 12:-0.24
u:contact 7:-0.11
u:contract 1:0.1 5:-0.14 9:-0.14
u:contractors 5:0.1
u:conversation 8:-0.13
u:cook 9:0.11
u:cooked 5:0.11 12:0.11
u:cooking 5:0.11
u:coordinator 5:0.25
u:corner 2:-0.1
u:corners 0:0.12
u:cost 1:-0.13 4:0.23 11:-0.12
u:couch 5:-0.1
u:could 1:-0.2 2:0.66 3:0.1 4:-0.13 5:-0.27 11:-0.21 12:0.13 13:0.16
u:couldnt 2:0.16 4:-0.12 5:-0.13 6:-0.13 7:0.13 9:-0.24 10:0.11 13:0.15
u:couldve 3:0.11 5:0.1 10:0.2
u:council 0:0.23 4:-0.11 7:-0.15
u:councils 2:-0.11 6:0.16 13:-0.11
u:counter 0:0.2 1:0.22 5:-0.13 6:-0.25 7:0.12 10:0.14
u:courier 0:0.17 2:-0.12 5:0.12 7:0.26 8:-0.14 12:-0.11
u:course 2:0.12 5:0.13 7:-0.18 9:0.1
u:courses 5:0.11 11:0.15 12:0.13
u:covered 12:0.13
u:cowboy 4:0.13 6:0.11
u:cracked 5:0.15
u:cracking 12:0.11
u:crashes 6:-0.11
u:credit 5:0.18 6:0.12 13:0.11
u:crept 11:-0.11
u:crew 0:0.17 3:0.1 7:0.11 10:0.13
u:crisps 5:-0.14
u:croissants 5:0.19
u:crumbs 3:0.1 5:-0.14
u:curry 5:0.19 7:-0.14
u:curt 8:-0.15
u:customer 0:-0.13 2:-0.13 5:0.11 12:-0.12 13:-0.11
u:customers 5:-0.21 6:0.33 8:-0.15 12:-0.23 13:0.15
u:customs 1:0.1
u:cut 2:0.17 3:0.16 5:0.11 10:-0.15 11:0.12 12:0.13
u:cutlery 1:0.1
u:cutting 4:0.1
u:dad 5:-0.11
u:daily 6:0.11 13:0.11
u:damage 6:0.12 12:0.13
u:dark 0:0.18
u:das 5:0.11
u:date 13:0.12
u:dates 6:0.15
u:daughter 5:0.1
u:daughters 5:0.15
u:day 0:0.17 2:-0.35 5:0.23 6:0.29 7:-0.14 12:-0.2
u:daylight 0:-0.1
u:days 0:0.62 2:-0.41 4:-0.12 7:0.16 12:-0.12
u:dead 1:0.11 5:-0.16 11:0.13 13:0.1
u:deadlift 2:0.1
u:deal 12:0.11
u:dealer 5:-0.13 9:0.15 11:0.14
u:dealt 0:0.18 10:0.12
u:dear 4:0.13 11:-0.21
u:debit 4:0.11
u:decent 11:0.17 12:0.12
u:deep 5:0.14 10:-0.13
u:delay 6:0.12 7:0.18 13:0.15
u:delivered 1:0.19 5:0.16
u:delivery 0:0.25 2:-0.1 3:-0.13 5:0.18 6:0.38 7:-0.27 11:-0.13 13:-0.3
u:dental 0:0.17
u:dentist 13:0.11
u:depending 2:0.14 6:-0.12
u:depends 2:0.13
u:deposit 2:-0.11 4:-0.15 6:0.17 12:0.15
u:depot 7:-0.13
u:described 1:0.2 2:0.13 4:0.11 5:0.13 6:0.11 10:0.19 12:0.23
u:desk 1:0.32 3:0.14 6:-0.31 9:-0.18
u:diagnosed 9:0.12
u:diagnostic 5:-0.15
u:did 0:0.16 8:0.14 12:0.17
u:didnt 1:0.22 2:0.27 7:0.35 8:0.11 9:-0.17 10:0.13 11:0.38 12:-0.1
u:died 1:0.13
u:different 1:-0.17 2:0.31 9:-0.29 12:-0.1
u:dinner 6:0.14
u:direct 4:0.12
u:dirty 8:-0.11 10:-0.17
u:discussed 5:0.15
u:discusting 3:0.13 10:-0.11
u:dish 5:0.11
u:dismissive 8:-0.11
u:do 2:0.11 3:0.16 6:0.14
u:doc 8:-0.12
u:doctor 6:0.29
u:doctors 9:0.14 11:-0.12
u:dodgy 2:0.11
u:does 3:0.1
u:doesnt 9:-0.1 13:-0.3
u:dog 1:0.15 3:0.12 8:0.15 12:0.12
u:dogs 5:0.2
u:doing 5:0.16 7:-0.12 8:-0.12 9:0.2 12:0.11
u:dominated 0:0.17
u:done 7:0.19 9:0.11 12:0.26
u:dont 3:-0.11 4:0.22 5:-0.2 7:0.14 11:0.15 12:0.15
u:door 0:0.12 2:-0.14 5:-0.12 7:0.2 8:-0.12
u:doors 7:-0.14
u:double 5:0.15 9:0.1
u:doubled 4:0.13
u:down 0:0.17 2:-0.2 3:0.15 7:0.16 10:0.18 11:0.21 12:-0.21 13:0.2
u:downhill 1:0.12
u:downright 7:-0.11
u:dr 2:0.14 9:0.18
u:dragon 8:-0.23
u:drain 0:0.12
u:draw 13:0.13
u:drew 2:0.11 9:0.1
u:drinks 5:0.1 12:0.15
u:drive 3:0.23 12:0.21
u:driver 0:0.17 1:0.44 5:0.17 7:0.19
u:drivers 0:0.15 6:0.15 7:-0.14
u:driving 5:-0.12
u:dropped 5:-0.12 7:0.2 10:0.19 13:0.16
u:dropping 5:0.19 12:-0.11
u:drops 5:0.18 12:-0.12
u:drove 5:0.14 12:0.11
u:dry 3:-0.17 4:-0.11 5:0.25
u:due 6:0.13 12:0.11
u:dust 3:0.24 10:0.17
u:e 0:0.23 7:-0.26
u:each 2:-0.19 6:0.5 13:0.12
u:ear 1:-0.1 5:0.13
u:early 2:0.1 12:0.11
u:earth 11:-0.16
u:easy 0:0.18 6:0.15 7:0.19
u:eat 8:0.12
u:eaten 3:0.12
u:economy 5:0.11 11:0.1
u:eggs 8:0.16
u:eight 0:0.31 2:0.18 4:0.12 5:-0.16
u:elderly 1:0.23
u:electric 12:-0.1
u:electrician 2:0.1 5:-0.17 7:-0.13 9:0.14 10:0.14
u:eleven 0:0.13 1:-0.13
u:else 8:-0.14 11:0.22
u:elses 2:0.16 3:0.22 9:-0.1 10:-0.14 12:-0.11
u:elsewhere 1:0.11
u:email 1:-0.24 2:-0.11 5:-0.14 6:0.28 7:0.1
u:emailed 6:0.25 12:-0.13 13:0.24
u:emails 0:-0.14 6:0.47 12:0.12 13:-0.31
u:emergency 7:-0.2
u:encouraging 5:0.1
u:end 1:0.11 2:0.11 6:-0.1 7:-0.14 9:-0.1 11:0.22
u:ended 7:-0.18 9:-0.11
u:ends 12:0.25
u:energy 0:0.1 5:-0.15 7:0.12
u:engineer 2:0.15 3:0.12 12:-0.15
u:engineers 3:-0.11 5:0.11 6:0.1
u:english 0:-0.16 6:0.15 9:0.11 13:0.23
u:enough 2:0.14
u:entirely 3:0.11 11:0.2
u:entry 5:0.12
u:equipment 0:0.14 4:0.11 10:0.11 12:0.11
u:esim 2:0.11
u:especially 0:-0.1 6:0.11
u:estate 6:0.14
u:even 0:-0.13 1:0.17 3:0.12 5:-0.2 7:0.23 8:0.46 9:0.15 10:0.11 13:0.13
u:eventually 0:-0.18 5:0.17 8:-0.11
u:ever 0:0.14 6:0.16 7:-0.16 10:-0.2
u:every 3:0.19 6:0.19 8:0.1 9:0.14 11:-0.16 13:0.41
u:everyone 5:-0.15 8:0.15 10:0.18
u:everything 1:0.14 3:0.13 5:0.31 6:0.2 7:0.14 9:0.1 10:0.2 12:0.29 13:0.33
u:everywhere 3:0.25 10:-0.19
u:evrything 6:0.12
u:exactly 0:0.1 2:0.12 5:0.2 7:0.31 9:0.52 11:0.17 12:0.31 13:0.4
u:excellent 2:0.13 5:0.11 9:0.14 12:0.11
u:expected 7:-0.11
u:expecting 7:0.18
u:expensive 11:-0.1
u:experience 1:-0.11 6:-0.13
u:expert 2:0.14 9:-0.23
u:explain 1:-0.18 2:0.15 6:0.33 13:0.13
u:explained 1:0.28 4:-0.24 6:0.41 9:0.21 13:0.72
u:explaned 6:0.17 13:0.12
u:express 0:0.34 5:-0.18 7:-0.23
u:extra 0:0.19 2:-0.17 5:0.14 7:-0.23
u:eyes 6:-0.11 8:-0.13
u:fab 1:0.14 8:0.19
u:face 5:0.12
u:fade 12:0.23
u:failed 13:0.18
u:fair 0:0.17 1:0.14 3:0.1 4:0.27 5:0.2 8:0.1 11:0.46 13:0.1
u:families 0:-0.12 10:0.14
u:family 11:0.12
u:fan 10:0.16
u:fantastic 7:-0.19 11:-0.28 12:-0.12
u:fare 2:0.16 9:0.13
u:fares 1:0.1
u:fast 0:0.19 7:0.35 11:-0.15 12:-0.1
u:fault 2:0.1 7:0.15
u:faultless 6:0.11
u:faulty 9:0.13
u:fed 11:-0.16
u:fee 4:0.53 5:-0.21 6:0.25 11:-0.35
u:feed 2:0.12
u:feel 0:-0.19 1:0.17
u:fees 0:0.11 4:0.41 5:-0.12 11:-0.26
u:feet 8:0.12
u:fell 5:0.16 12:-0.19
u:felt 1:0.15 4:0.17 5:-0.16 6:0.11 8:-0.19 9:0.11 11:-0.12
u:few 12:-0.13
u:fewer 6:0.11
u:fibre 9:-0.15 12:-0.14
u:fifty 7:-0.1
u:film 5:0.13 12:0.17
u:filthy 0:-0.16 3:0.21 10:-0.26
u:final 5:-0.14 6:0.1 13:-0.14
u:finally 0:0.11 3:0.12 7:-0.18 9:0.34 10:0.45 13:0.19
u:find 1:-0.2 11:-0.2 12:-0.1 13:-0.26
u:finding 6:0.13
u:fine 0:-0.17 1:-0.2 3:-0.14 5:-0.31 6:-0.25 8:-0.15 9:-0.11
u:fines 4:0.13
u:finished 2:0.11 6:-0.18 8:-0.18
u:fire 0:-0.11
u:firm 5:-0.1
u:first 1:-0.13 2:0.22 3:-0.19 5:-0.15 6:-0.1 7:0.13 8:0.18 9:0.28 12:0.13 13:0.29
u:fish 2:0.11 3:-0.13 5:0.21 12:0.16
u:fit 7:-0.2
u:fitted 5:0.26 7:0.11 10:0.17 11:-0.12
u:fitter 1:0.15
u:fitting 5:-0.1
u:five 0:0.39 5:0.18 6:0.16 7:-0.27 8:-0.11 12:0.17 13:-0.14
u:fiver 11:0.43 12:0.14
u:fix 0:0.11 3:-0.11 7:0.16 12:0.13
u:fixed 0:0.22 4:0.18 7:0.22 11:0.16
u:flat 3:-0.12 12:-0.2
u:flea 11:-0.14
u:flights 4:0.1
u:floor 3:0.35 4:-0.16 5:-0.16 10:-0.4 11:0.16 12:0.2
u:floors 3:0.12
u:florist 5:0.16 6:0.1
u:fly 0:0.16 11:-0.3
u:focus 4:0.11
u:follow 6:0.18
u:following 0:0.24 7:-0.18
u:fone 1:0.11
u:food 2:-0.16 5:0.67 6:-0.18 10:-0.18 11:-0.17 12:0.31 13:0.15
u:for 3:-0.12 4:0.18 7:-0.67 11:-0.13 12:-0.34 13:-0.25
u:forgive 8:0.14
u:forgot 5:0.14 12:-0.11
u:form 2:0.34 5:-0.11 13:0.14
u:fortnight 0:0.13 5:0.22 7:0.1 12:-0.41
u:forty 0:0.15 2:0.15 7:-0.19 9:0.15 13:-0.16
u:found 1:0.15 2:0.19 3:0.24 4:0.16 8:-0.17 9:0.13 13:-0.13
u:four 0:0.14 1:0.2 5:0.21 6:0.14 7:-0.22 8:-0.11
u:fourteen 0:0.15 6:0.17
u:foyer 10:0.18
u:fr 5:0.11 12:0.16
u:fraud 0:0.21
u:free 4:-0.21 5:-0.13 7:0.2 8:0.11 11:0.22
u:fresh 0:-0.14 3:0.23 6:-0.1 10:0.29
u:freundlich 0:0.1
u:friday 0:0.22 5:0.1
u:friendly 0:0.18 1:0.58 2:0.2 3:0.21 8:0.18 9:-0.13 11:0.13 12:-0.12
u:from 5:-0.13 7:0.25 11:-0.24 13:-0.1
u:front 3:0.14 5:0.21 9:-0.11 10:-0.16 12:-0.11
u:frozen 5:0.12
u:frustration 1:0.16 2:-0.12 4:0.16
u:full 0:-0.19 1:-0.13 3:0.1 4:0.14 5:0.26 6:0.16 9:-0.12 11:0.22 12:0.1
u:fully 1:0.11
u:fuming 7:-0.12
u:funeral 4:0.11
u:fur 3:0.11
u:fuse 1:0.15
u:fussy 3:0.1
u:g 5:0.13
u:garage 1:-0.11 2:0.12 6:0.14 9:0.12
u:garages 5:-0.11
u:garden 1:-0.1 3:0.13
u:gardener 1:-0.11 12:0.14
u:gate 1:0.11 8:-0.16
u:gave 0:0.18 2:0.25 4:-0.13 9:-0.32 13:0.19
u:gem 1:0.18 8:0.15 11:0.15
u:generally 1:-0.11 2:0.11
u:gent 8:0.1
u:genuine 1:-0.14 5:0.19
u:genuinely 3:0.13 4:0.13 5:0.1 12:0.22
u:get 1:-0.21 2:0.11 3:-0.12 6:-0.19 8:0.1 10:0.12 12:-0.16 13:-0.18
u:gets 11:-0.2
u:getting 0:0.11 6:0.15 9:0.15
u:girl 1:0.14
u:girls 8:0.2
u:give 5:0.25 6:0.11 13:-0.11
u:given 2:0.16 5:0.11
u:giving 2:0.15
u:glad 12:0.13
u:glass 5:-0.1
u:glasses 4:-0.13
u:glaucoma 2:0.13 9:0.11
u:gleaming 10:0.1
u:go 1:-0.23 2:0.31 12:-0.25
u:goes 7:-0.16
u:going 2:-0.11 3:0.17 5:0.13
u:gone 0:0.12 1:0.13 2:0.14 6:-0.17 10:0.19 11:-0.15 12:0.12
u:good 0:-0.15 2:-0.1 5:0.27 9:0.1 12:0.26
u:googled 9:-0.14
u:gorgeous 5:0.29 12:0.33
u:got 1:0.11 3:-0.11 4:0.17 7:0.12 12:-0.13
u:gp 2:0.21 5:-0.19
u:gps 2:0.12
u:gr 5:0.18 12:0.14
u:greasy 3:0.12
u:great 2:-0.15 5:0.22 6:-0.13 7:-0.12 10:-0.1 11:-0.11 12:0.17
u:greeted 3:0.11
u:grey 5:0.2 12:-0.15
u:grim 3:0.26 5:-0.18 10:-0.23
u:gripe 3:0.13 4:0.1 7:0.12
u:group 4:0.17 5:-0.11 9:-0.1 10:0.22
u:groups 12:-0.11
u:grubby 10:-0.17
u:grumpy 1:0.11 8:-0.12
u:guard 2:0.11 5:-0.11
u:guess 1:-0.13 5:-0.13
u:guests 3:0.12 10:-0.31 13:-0.2
u:guide 5:0.14
u:gum 1:-0.15
u:gums 0:-0.14 5:0.15 12:-0.11
u:guy 2:0.35 6:-0.22 7:0.13
u:gym 3:0.11 6:-0.1
u:gyms 5:-0.11 7:-0.13 9:-0.1
u:ha 0:0.11
u:had 0:0.14 2:0.11 7:0.18 9:-0.16 11:-0.14 12:0.11 13:-0.15
u:hadnt 2:0.14 6:0.14 13:-0.17
u:hair 3:0.27 10:-0.21
u:haircut 5:0.16
u:hairdresser 0:-0.11
u:hake 9:0.11
u:half 2:0.17 6:0.12 7:0.2 9:-0.17 11:0.12 12:-0.25 13:-0.2
u:halfway 0:0.1
u:hall 0:-0.12
u:halls 3:0.13
u:halved 12:0.14
u:hand 3:0.14 5:-0.2
u:handheld 6:0.1
u:handling 6:0.17 13:-0.11
u:hands 5:0.1
u:handset 2:0.17 9:0.12
u:handwritten 1:0.19
u:handy 13:0.12
u:happen 13:0.11
u:happily 11:0.12
u:happy 4:0.18 11:0.34
u:hard 0:-0.1
u:hardly 5:0.1 12:0.14
u:has 5:0.27 6:0.13 7:0.24 9:0.21 11:-0.15 12:0.21 13:-0.2
u:hasnt 2:0.12 6:-0.18 12:0.11
u:hate 1:0.15
u:have 3:0.23 4:-0.1 6:0.11 8:-0.19 11:-0.22 12:-0.16
u:havent 5:0.13
u:having 4:0.13 8:-0.13 11:-0.13
u:he 1:0.15 3:0.15 6:0.13 7:0.11 8:0.31 9:0.11 10:0.21 11:-0.21 12:0.16 13:0.11
u:head 1:-0.16 6:-0.19 7:-0.1 13:-0.13
u:headache 5:0.12
u:headaches 9:-0.14
u:headphones 12:0.13
u:headsets 2:-0.1 6:0.19 13:0.29
u:hear 6:0.14
u:heard 6:0.16 13:-0.11
u:hed 1:0.2 2:-0.11 6:0.14 7:0.15 8:0.18
u:hedge 5:0.12 12:0.25
u:held 1:0.11
u:help 1:0.19 4:-0.11 5:-0.13
u:helpdesk 2:0.1
u:helpful 1:0.24 8:0.17 13:-0.13
u:helpfull 1:0.1 8:0.11
u:helpline 1:0.12 7:-0.12
u:her 1:0.43 2:0.17 3:-0.11 6:-0.27 7:-0.17 8:-0.15 9:0.19 12:-0.13
u:here 2:-0.17 3:-0.11 6:-0.18 7:0.17
u:herself 1:0.11
u:hes 0:-0.14 1:0.1 2:0.26 5:0.13 9:0.17 11:0.24
u:high 4:0.22 5:-0.1 11:-0.19
u:higher 11:-0.17
u:highly 6:-0.1
u:him 1:0.11
u:himself 3:0.12 5:0.16 7:0.11 12:0.24
u:hip 11:-0.12
u:his 0:-0.23 1:0.48 2:0.26 8:-0.42 9:0.15 11:-0.24 13:0.16
u:hold 0:0.8 1:-0.21 5:-0.16 6:-0.15 7:-0.14
u:holder 3:0.11
u:hole 1:0.12 8:-0.1
u:holiday 0:0.13
u:home 1:-0.31 5:0.25 6:0.29 9:-0.11
u:honest 1:0.12 9:0.26 13:0.12
u:honestly 0:-0.23 3:-0.14 4:0.19
u:hoovered 3:0.16 10:0.29 12:0.1
u:hoovering 3:0.1
u:hospital 0:-0.11 1:-0.16 11:-0.21
u:hot 7:0.17 12:0.17
u:hotel 3:0.12
u:hour 0:0.45 2:-0.27 3:0.17 4:0.32 5:-0.12 7:-0.15 9:0.1 10:0.2 12:0.21 13:0.35
u:hours 0:0.16 1:-0.13 5:-0.16 6:0.21 7:-0.34 11:-0.23 13:-0.24
u:house 1:0.12 5:-0.11 10:0.12
u:housekeeping 3:0.12
u:how 4:-0.31 7:-0.11 8:0.18 10:0.15 12:-0.12
u:however 1:0.13 3:0.13 5:0.24
u:hrs 0:0.46 7:-0.27 12:-0.11
u:human 6:0.12
u:hundred 1:-0.1
u:husband 1:0.18 8:-0.19
u:husbands 13:0.11
u:hygiene 3:0.17 10:-0.19
u:i 4:-0.13 5:-0.24 7:-0.11 9:-0.14 12:0.21
u:ibuprofen 9:0.11
u:id 0:0.15 9:0.2 11:0.36 13:0.12
u:idea 13:-0.1
u:if 0:-0.33 1:0.16 3:-0.15 6:-0.17 8:-0.18 10:-0.23 13:0.12
u:ignored 0:0.12 7:-0.11 12:0.11
u:ill 0:0.17 1:0.14 3:0.1 4:0.13 5:-0.16 6:-0.12 8:0.16 11:-0.12
u:im 0:-0.11 1:-0.13 4:0.15 7:-0.12 10:-0.14 12:-0.14 13:-0.15
u:immaculate 2:0.1 3:0.28 10:0.47 11:0.11 12:0.19
u:immediately 11:-0.12
u:impressed 0:0.24 7:0.26
u:in 0:0.27 1:-0.32 2:0.1 7:0.31 9:0.13 11:-0.13 12:0.22
u:included 6:0.15
u:info 1:0.11
u:information 2:0.25 6:-0.17
u:informed 6:0.13
u:inside 2:0.15 5:0.19 6:-0.11 7:0.12 8:-0.12 10:0.1 11:0.18
u:inspection 0:-0.11 5:0.13 12:0.17
u:installation 5:0.1 6:0.11
u:instead 7:0.18 9:0.14 13:0.18
u:instructions 6:0.19
u:instructor 0:0.12 1:0.22 5:-0.16 6:-0.11 7:0.12
u:instructors 2:0.13 3:0.1
u:insurance 1:0.11 6:-0.13 8:-0.11 9:-0.13
u:interior 0:0.11 3:0.14 10:-0.11 11:0.18
u:interrupting 8:-0.12
u:interruption 8:-0.11
u:into 1:0.13 5:-0.14 6:-0.12
u:invites 6:0.16 13:0.15
u:invoice 4:0.14 6:0.11
u:is 1:0.12 2:-0.28 4:0.26 5:0.28 6:-0.14 10:0.17 11:-0.16 12:0.35 13:-0.23
u:isa 2:0.22 9:-0.22
u:isas 2:0.11
u:isnt 5:0.16 11:-0.2
u:it 2:0.14 3:0.18 5:0.13 6:-0.18 8:0.5 12:-0.46 13:0.11
u:its 0:0.12 1:0.12 2:-0.23 4:0.11 6:0.25 7:-0.35 8:-0.23 10:0.1 11:0.27
u:itself 0:0.22 3:0.12 4:0.11 5:0.2 8:-0.11 12:0.23
u:ive 2:-0.16 6:0.1 10:-0.19
u:jacket 5:0.15
u:jacuzzi 12:-0.14
u:jam 5:0.12
u:jargon 2:-0.1 5:-0.12 6:0.11
u:job 1:-0.15 2:-0.19 5:0.15 10:0.1 11:-0.2
u:joke 5:-0.1 11:-0.12
u:jumpers 1:-0.2
u:june 13:-0.15
u:just 3:-0.19 4:-0.13 8:-0.29 12:-0.38
u:kebab 5:0.18
u:keep 5:0.19 7:-0.13 8:0.19 12:-0.27 13:-0.11
u:keeping 13:-0.1
u:kept 0:0.23 1:0.24 2:-0.13 5:0.14 6:0.4 9:-0.12 11:-0.1 12:-0.13 13:-0.11
u:kettle 5:0.17 6:0.16 12:-0.14 13:0.2
u:kettles 5:0.1
u:key 1:0.11
u:kidney 8:0.15
u:kids 1:-0.11 4:0.21 5:0.16 10:0.1 12:0.19
u:kind 1:0.3 5:-0.14 8:0.16
u:kit 12:-0.11
u:kitchen 4:-0.12 10:0.15
u:knee 2:0.13 11:-0.15
u:knew 1:-0.15 2:0.68 3:-0.11 4:-0.11 6:-0.21 9:0.51 11:0.15 12:0.36
u:knocked 0:0.15 4:0.14 11:0.18
u:know 0:-0.16 2:-0.11 4:0.19 9:0.23 11:-0.1 13:0.26
u:knowing 6:0.12
u:knowledgable 2:0.12 5:0.12 9:0.1
u:knowledge 5:-0.12
u:knowledgeable 2:0.27 9:0.16 13:-0.11
u:knows 2:0.27 9:0.27
u:la 1:0.18 5:0.14 7:-0.11 12:0.15
u:label 12:-0.11
u:labels 8:0.1
u:lad 1:0.18 2:0.37 7:0.12 9:-0.19
u:lads 1:0.23 8:0.12
u:lady 1:0.31 5:-0.39 7:0.15 13:0.17
u:lamb 5:0.17
u:last 5:-0.21 6:-0.12 7:0.12 8:0.18 10:-0.15 12:-0.34 13:-0.13
u:lasts 12:0.16
u:late 1:-0.17 2:-0.1 6:0.45 7:-0.34 11:0.11 12:-0.1 13:-0.18
u:later 0:-0.12 2:0.25 7:-0.13 9:-0.2
u:laugh 4:0.12 6:-0.13 11:-0.13
u:laundrette 5:-0.13 10:0.15
u:layout 0:-0.16
u:leak 0:0.16 5:0.16 12:0.16
u:leaned 8:-0.15
u:leather 5:0.11 12:-0.14
u:leaves 10:-0.16
u:leaving 1:-0.14 3:0.19 10:-0.19
u:lecture 1:0.12
u:lecturer 5:0.11
u:left 1:-0.13 2:-0.19 3:0.36
u:leg 5:0.1
u:legend 1:0.16 7:0.11 8:0.3
u:legroom 5:0.12
u:leisure 5:-0.12
u:lenses 5:-0.13
u:less 1:0.1 4:0.21 6:0.14
u:let 6:0.14 13:0.13
u:letter 2:-0.14 5:-0.19 6:0.26 13:-0.27
u:letters 2:-0.18 5:-0.13 6:0.49 13:-0.38
u:letting 13:-0.15
u:librarian 9:0.1
u:library 3:0.16 8:0.17 10:0.11 12:-0.11
u:life 5:0.16 12:0.14
u:lifeguard 8:-0.16
u:like 0:-0.22 1:0.32 2:-0.21 5:0.41 6:-0.12 7:0.26 8:-0.2 10:-0.15 11:0.17
u:liked 13:0.13
u:line 1:-0.1 4:-0.14 5:0.23 6:0.11
u:link 6:0.22 13:-0.21
u:list 0:0.11 1:-0.12 4:-0.1 11:0.13
u:listened 2:-0.1 6:0.25 11:0.1 13:0.2
u:lit 5:-0.11
u:little 0:-0.13 4:0.22
u:loads 0:-0.16 5:0.11 13:0.11
u:local 5:0.12 7:0.12 12:0.19
u:locker 3:-0.11
u:lockers 5:0.15 12:-0.11
u:locksmith 4:0.16 5:-0.14 6:0.12
u:locum 2:0.23 9:-0.11
u:lol 0:0.15 7:-0.18 12:-0.18
u:long 0:0.34 4:0.1 7:-0.19 8:0.16 9:0.14 12:0.14 13:-0.12
u:longer 7:-0.1
u:look 0:-0.31 2:-0.25 8:-0.12 12:0.14
u:looked 1:0.17 2:-0.1 5:0.18
u:looking 3:0.12 5:0.19 10:-0.2
u:looks 0:0.19 5:0.27 7:0.17 12:0.15
u:loop 0:0.12
u:loos 3:0.21 5:-0.11 10:-0.12
u:lost 5:0.15 12:-0.2
u:lot 1:0.15 6:0.18 8:0.16 9:0.28 12:0.13 13:-0.1
u:lots 11:0.16
u:love 0:0.36 1:-0.2 2:-0.15 3:-0.11 4:-0.13 6:0.27 12:0.16
u:loved 1:-0.11 3:-0.17
u:lovely 0:-0.13 1:0.56 3:0.38 5:-0.13 6:-0.17 8:0.53 10:0.11 13:-0.15
u:loving 11:-0.25
u:lowest 0:0.1
u:lunch 0:0.26 5:-0.13
u:lunchtime 0:0.11 5:0.2
u:lush 12:0.11
u:machine 12:-0.15
u:machines 6:-0.13 12:-0.16
u:made 8:0.14 12:0.19
u:magnifique 5:0.18 11:-0.13 12:0.19
u:main 4:0.18 6:0.1 11:0.16 12:0.22
u:mais 4:0.11 11:-0.13 12:0.11
u:make 11:-0.1
u:makes 0:-0.12 6:0.16 13:0.11
u:malaga 5:0.12
u:man 1:0.19 5:0.11 13:0.11
u:management 0:0.1 1:-0.14 6:-0.18 7:0.13
u:manager 0:-0.37 1:0.21 2:-0.23 5:-0.22 6:0.23 11:0.11 12:-0.11 13:0.26
u:manchester 11:-0.28
u:map 6:0.16 13:0.12
u:march 0:0.12 6:0.2 7:-0.28 13:-0.23
u:marcus 11:-0.11
u:marked 5:0.1
u:massive 5:0.23 11:0.22 12:0.15
u:mate 8:-0.11
u:mats 3:0.13
u:me 0:-0.28 1:0.25 2:0.24 3:-0.23 4:-0.19 5:-0.19 6:0.21 10:0.11 13:0.39
u:meal 8:0.12 12:0.19
u:mean 6:0.12
u:meant 4:-0.11
u:mechanic 2:0.11 5:-0.11
u:mechanics 2:0.13
u:medication 2:0.13
u:members 2:0.17 8:0.16
u:membership 6:0.16
u:men 5:0.57
u:mentioned 5:0.2 10:-0.1 12:-0.11
u:menu 0:-0.13 6:0.2 13:-0.15
u:menus 13:-0.15
u:merci 7:0.11
u:mess 0:-0.12
u:message 0:0.12
u:met 8:0.14
u:mid 5:0.1
u:middle 5:0.21 12:-0.1
u:might 1:-0.12 6:0.1
u:min 0:0.2 7:0.11
u:mind 0:0.15 4:0.15 5:0.12 8:0.19 11:-0.18 12:0.13
u:minging 10:-0.13
u:minimum 7:-0.12
u:mins 0:0.73 1:0.1 2:-0.11 5:-0.17
u:minutes 0:0.62 2:0.11 3:-0.12 7:0.23 8:-0.17 13:0.1
u:miserable 8:-0.12
u:missed 0:-0.21 2:0.38 5:0.18 7:-0.14 9:0.22 12:-0.15
u:missing 0:0.1 1:-0.11
u:mo 1:0.11
u:moan 5:0.16
u:mobile 8:-0.11
u:model 2:0.15
u:moderator 0:-0.12 1:-0.1 5:-0.26 9:-0.15
u:monday 0:0.32 12:0.11
u:money 0:0.2
u:month 2:-0.12 4:-0.12 6:0.12 12:-0.17
u:monthly 4:0.13
u:months 4:-0.11 5:0.33 6:0.19 12:0.16
u:more 4:0.11 5:0.11 6:0.12 9:0.25 11:-0.24 13:-0.11
u:morning 0:0.11 3:0.15 5:-0.16 7:0.29 9:-0.12 13:0.11
u:mornings 5:0.13
u:mortgage 0:-0.12 11:-0.11
u:most 0:0.3 2:-0.11 4:0.17 8:0.11 11:-0.1
u:mostly 1:-0.1
u:mot 5:-0.23 11:0.13
u:mother 1:0.19
u:mouth 8:-0.23
u:moved 12:0.12
u:much 1:-0.13 2:-0.14 5:-0.24 6:0.27 11:-0.1
u:mud 5:0.1
u:mums 1:0.13 8:0.1
u:music 0:0.2 7:-0.11
u:musty 3:0.19 10:0.21
u:muy 6:0.12
u:my 1:0.2 2:0.25 3:-0.34 7:0.28 8:0.22 9:0.32 11:0.16
u:mystery 10:-0.11
u:n 0:0.15 1:0.16 4:0.11 5:0.41 6:0.11
u:nails 12:0.33
u:name 0:0.1 1:0.12 2:-0.11 3:-0.1 5:-0.15 13:0.26
u:nearly 6:-0.11 7:-0.14 9:0.1
u:neat 3:-0.12 5:0.19 12:0.14
u:need 1:-0.14 10:-0.11 13:-0.16
u:needed 0:-0.15 1:0.25 2:0.15 6:-0.21
u:needs 9:0.21 10:-0.11
u:negative 8:-0.13
u:networks 8:-0.14
u:never 3:-0.16 4:-0.23 6:0.2 8:0.18 10:0.13 12:0.24 13:-0.33
u:new 0:0.29 1:-0.23 2:0.14 5:0.38 7:0.3 10:0.25 12:0.22 13:0.47
u:newsletter 2:-0.1
u:next 0:0.25 2:-0.16 3:0.11 4:-0.23 5:-0.12 6:0.14 7:0.18 9:0.12
u:ngl 8:0.22
u:nhs 0:0.16
u:nice 0:-0.2 1:0.28 4:-0.11 5:-0.32 8:0.46 12:0.11
u:night 1:0.19 7:0.26 8:0.1 11:-0.14 12:0.16
u:nightmare 0:-0.12
u:nights 12:-0.17
u:nine 2:0.11 7:-0.16 11:-0.11
u:no 0:0.17 1:-0.16 3:-0.14 6:0.42 7:-0.12 9:-0.11 13:-0.23
u:nobody 1:-0.15 2:-0.16 6:0.59 7:-0.11 9:-0.16 13:-0.68
u:nobodys 2:-0.1 6:-0.17
u:nodded 8:0.11
u:not 1:0.24 2:0.14 4:-0.1 5:0.26 8:-0.14 11:-0.36
u:note 5:-0.11 12:0.1
u:notes 6:0.1
u:nothing 3:-0.15 4:0.14 7:-0.12 8:0.16 9:-0.15 12:-0.17 13:-0.43
u:notice 4:0.11 5:-0.13
u:noticed 0:-0.16 2:0.22 6:-0.2 7:0.11 10:0.16
u:notifications 6:0.11
u:now 0:0.18 2:-0.13 5:0.23 7:-0.13 10:0.15 11:-0.29 12:-0.14 13:0.28
u:nowhere 1:0.14
u:number 0:0.11
u:nurse 1:0.18 5:-0.17 8:0.24 9:0.11 13:0.19
u:nursery 4:0.12
u:oat 5:0.12
u:of 6:0.16 7:-0.11 8:-0.17 10:-0.22 12:-0.17
u:off 0:-0.17 4:0.11 5:-0.24 6:-0.21 7:-0.18 10:0.17 11:0.16 12:-0.36
u:office 0:0.2 5:-0.21 6:-0.28 9:-0.2
u:officer 0:0.16
u:offices 13:-0.1
u:often 1:0.26 3:0.11 5:0.2 12:0.14 13:-0.1
u:oh 12:-0.12
u:ok 1:-0.12 3:-0.13 5:-0.11 7:0.15
u:old 0:-0.21 2:0.22 5:-0.14 6:-0.34 7:0.16 12:-0.14
u:older 1:0.18 2:-0.17 13:-0.2
u:on 0:0.14 7:-0.21 10:-0.18 12:0.33 13:-0.12
u:once 0:0.18 1:-0.11 5:0.13 6:0.25 8:0.12 13:-0.14
u:one 0:0.14 1:-0.2 2:0.24 3:0.21 5:0.25 9:0.14
u:ones 0:-0.12 8:0.12 9:0.19
u:online 4:0.12 6:0.24 7:0.23 8:0.13 11:-0.13 13:0.33
u:only 1:-0.11 3:0.15 4:0.28 5:0.15 6:0.15 8:0.19 11:-0.12
u:onto 5:-0.11
u:op 7:0.11
u:open 5:-0.11
u:opened 5:-0.13
u:opening 0:-0.13 3:-0.11 5:-0.13
u:operation 6:0.14
u:opinions 8:-0.16
u:optician 2:0.25
u:opticians 1:-0.13 13:0.14
u:options 6:0.16
u:or 0:0.11 5:0.14 10:-0.12
u:order 0:0.16 2:-0.15 4:0.15 6:-0.11 12:-0.14
u:ordered 0:0.27 2:-0.12 5:0.31 6:0.15 7:-0.14 12:-0.16
u:ordering 12:0.16
u:other 0:0.13 3:0.14 5:-0.16 7:0.2 9:0.2 10:-0.15
u:others 0:-0.12
u:otherwise 9:0.11
u:our 1:0.14 2:0.2 4:-0.15 5:0.19 6:-0.2 8:0.16 10:-0.12 11:0.17 12:0.2 13:0.13
u:out 0:0.11 2:0.18 4:0.2 5:0.14 7:0.14 10:0.14 11:-0.18 12:-0.22 13:-0.27
u:outside 1:-0.18 7:-0.1
u:oven 5:0.18
u:over 4:0.13 7:-0.1 9:0.12 10:-0.19 12:-0.14 13:-0.15
u:overall 1:-0.11 8:-0.14
u:overcooked 8:0.1
u:overflowing 3:0.2 5:-0.1 10:-0.14
u:overpriced 4:0.19 11:-0.22 12:-0.23
u:own 5:0.19
u:owner 4:0.11 10:0.15
u:owners 5:0.11
u:p 0:-0.22 1:-0.1 5:0.16 6:-0.14 11:-0.32 12:-0.14
u:packed 0:0.12 5:0.18 12:0.12
u:pads 6:0.13
u:page 6:0.23 11:-0.11 12:-0.12
u:paid 1:-0.17 3:-0.14 6:0.11 12:-0.19
u:pain 2:0.12 6:-0.13
u:painless 0:0.12 7:0.19
u:paint 2:0.25 3:-0.14 9:-0.1
u:panel 2:0.11
u:paper 5:0.11
u:par 11:-0.13 12:0.11
u:parcel 2:-0.17 3:-0.13 5:0.33 7:0.14 8:-0.11 12:0.14
u:parcels 5:0.15
u:parents 0:-0.2 2:-0.15 6:0.19 12:-0.14 13:0.11
u:park 4:0.1 11:-0.12
u:parking 0:-0.17 2:-0.1 3:-0.1 4:-0.22 5:-0.24 11:-0.2
u:participant 7:-0.11 8:0.12
u:participants 1:-0.2 2:-0.19
u:passed 5:-0.14
u:passenger 5:0.11
u:passport 0:0.19
u:past 0:0.22 6:-0.16 12:0.24
u:pasty 5:0.12 12:-0.12
u:patchy 12:-0.17
u:patient 0:-0.14 1:0.23 2:-0.1 4:-0.1 8:0.24
u:patients 0:0.12 1:-0.21 5:-0.25 11:0.11
u:pay 1:-0.12 2:-0.17 11:0.31
u:paying 1:0.13 4:0.13 11:-0.43
u:payment 0:0.15
u:penny 4:0.27 11:0.33 12:0.13
u:pension 2:-0.17 6:-0.1
u:pensions 2:0.12
u:people 1:0.28 3:-0.11 7:-0.17 8:0.26 9:-0.17 10:-0.12 12:0.28
u:peoples 3:0.13
u:per 4:0.12
u:perfect 5:0.34 12:0.18
u:perfectly 5:0.32 12:0.21
u:permits 4:-0.15
u:person 4:-0.1 7:-0.21 13:-0.13
u:pet 1:-0.1 2:0.18 9:-0.11
u:pharmacist 0:-0.14 2:0.44 4:-0.1 5:-0.2 9:0.33
u:pharmacy 0:0.28 5:-0.15
u:phone 0:0.15 1:0.23 3:-0.19 5:-0.16 6:0.16 8:-0.29 9:-0.24 12:-0.25 13:-0.23
u:phoned 6:-0.11 9:0.1 13:0.1
u:phones 0:0.11 2:0.12 6:-0.13 7:-0.12
u:photo 5:-0.13 6:0.2 13:0.16
u:photos 2:0.12 5:0.32 12:0.28 13:0.11
u:physio 1:-0.13 5:0.25 12:0.24
u:picked 1:-0.1 2:0.2
u:picture 13:0.1
u:piece 5:0.11
u:pies 3:-0.1
u:pillow 3:0.1
u:pilot 6:0.18
u:pint 12:-0.23
u:pizza 5:0.25
u:place 0:-0.19 2:0.14 3:0.31 6:-0.16 8:0.24 11:0.33
u:plain 6:0.14 13:0.14
u:planned 5:0.11 7:-0.13
u:plaster 3:0.14 10:0.14
u:plasterer 11:0.1
u:plastic 5:0.14
u:play 11:0.14
u:pleasant 5:0.14 7:0.12
u:please 5:-0.12
u:plumber 12:0.13
u:pm 0:0.26 1:-0.17 5:0.1 7:-0.11 12:-0.1 13:-0.23
u:pocket 5:-0.1
u:point 5:0.11 9:-0.11
u:pointing 11:-0.21
u:policy 2:0.17
u:polite 0:0.17 1:0.35 6:0.12 8:0.14
u:pool 5:0.21 6:0.16 12:-0.25
u:popped 0:-0.12 1:-0.11
u:porter 3:-0.11 8:0.11
u:portions 5:0.14
u:positive 2:0.12 9:0.13
u:post 0:0.15 12:0.12
u:postage 4:0.18
u:posted 0:-0.17
u:poster 13:-0.1
u:pothole 0:0.12
u:potholes 0:0.2 7:-0.13
u:pounds 4:0.18
u:ppl 11:0.12
u:practice 4:0.12 5:-0.12
u:praised 0:0.18 3:0.19 4:0.13 5:0.11
u:prescribed 2:0.11
u:prescription 2:0.13 5:-0.2 9:-0.21
u:previous 3:0.11
u:price 0:-0.12 1:-0.21 2:-0.14 4:0.54 5:0.12 7:0.28 12:0.17 13:-0.17
u:priceless 1:-0.1 5:0.11
u:prices 0:-0.1 1:0.11 4:0.43 5:-0.13 7:-0.11
u:pricey 4:0.16 11:-0.16
u:pricier 11:0.11
u:print 4:0.17
u:printed 1:0.1
u:printing 1:0.12 7:-0.19
u:priority 0:0.12 4:-0.11
u:private 0:0.11 2:0.17 4:0.11 5:-0.11
u:priya 1:0.14 8:0.12
u:problem 2:0.25 9:0.2 13:-0.19
u:process 6:0.13 12:-0.12 13:0.15
u:product 2:0.16 9:0.12
u:products 1:0.14
u:professional 11:-0.13
u:promised 0:0.12 6:0.24 12:0.21 13:-0.12
u:proper 0:-0.18 5:0.11 6:-0.13 8:-0.29 9:0.28 10:0.13 12:0.29
u:properly 5:0.16 9:0.17 12:0.17 13:0.19
u:provider 7:0.1
u:pt 2:0.18 9:0.15 11:-0.11
u:pub 0:-0.11 8:0.14 10:0.11
u:pudding 5:0.11
u:puddle 3:-0.2 5:0.18 12:-0.19
u:pulled 5:0.12 8:-0.11
u:pushchair 5:0.1
u:pushy 1:0.13
u:put 5:0.11 10:0.16 11:-0.14
u:qr 13:-0.13
u:question 5:-0.13
u:questions 2:0.14 6:-0.14 13:0.14
u:queue 0:0.7 2:-0.17 5:-0.17 7:-0.31 8:0.14 12:0.1
u:queues 0:0.14
u:queuing 0:0.21 6:-0.12 12:-0.13
u:quick 0:0.45 1:-0.11 4:-0.13 5:-0.29 6:-0.15 7:0.37 9:0.18 10:0.19 12:0.12
u:quickly 0:-0.16 5:0.13 12:-0.11
u:quid 2:0.11 4:0.15 11:-0.11 12:-0.12
u:quiet 8:0.12 12:0.14
u:quiz 0:-0.1
u:quote 4:0.23 6:0.19
u:quoted 4:0.24 7:0.26 9:0.11 11:0.12 12:0.13
u:r 5:0.1 12:0.12
u:raised 0:0.14 4:0.1
u:ramp 7:-0.14
u:ran 0:0.12 2:-0.13 4:-0.1
u:rang 0:0.2 5:-0.34 6:0.13 7:0.13 11:0.13 13:0.41
u:rank 12:-0.11
u:rarely 5:0.11 6:0.11 13:-0.22
u:rash 2:0.12 9:0.11
u:rate 4:0.28 6:0.14 13:-0.11
u:rated 5:0.14
u:rather 6:0.11 13:0.13
u:rave 5:0.18
u:ray 0:-0.1
u:rd 12:-0.14 13:-0.1
u:read 1:0.16 2:0.14 6:0.11 9:-0.26
u:reading 1:-0.16
u:reads 5:0.11
u:ready 0:0.15 1:-0.17 2:-0.17 6:0.22 7:0.18 12:0.12
u:real 8:-0.13 11:-0.27
u:really 2:0.24 3:-0.13 8:0.25 9:0.15 12:0.17
u:reason 11:0.1
u:reasonable 3:0.11 4:0.21 11:0.35
u:reassuring 2:0.17 9:-0.24 13:0.11
u:receipt 6:-0.1
u:received 5:-0.11 6:0.11
u:reception 1:0.16 2:-0.13 6:0.19 8:-0.26
u:receptionist 1:0.44 5:-0.17 8:-0.4
u:receptionists 1:0.14
u:recognition 2:0.12
u:recommended 2:0.19
u:record 3:-0.13 5:0.13 7:-0.15
u:red 1:-0.12 3:0.12 12:0.16
u:refit 13:-0.1
u:refitted 5:-0.1
u:refund 0:0.34 5:-0.16 7:0.13
u:regarding 5:-0.1
u:regularly 0:0.13 7:-0.11 8:0.13 13:-0.11
u:regulars 1:0.1 6:-0.11 8:-0.21
u:remember 12:0.12
u:remembers 0:0.13
u:removal 1:0.11 5:0.14 8:0.2
u:renewal 4:0.11
u:rent 11:-0.12
u:rep 1:0.15 8:-0.15
u:repair 6:0.13
u:repairs 6:0.11 12:0.13
u:repay 7:0.21
u:repeat 5:-0.11
u:repeatedly 0:0.15 7:-0.11
u:replaced 5:0.33 12:-0.12 13:0.18
u:replacement 6:0.13 7:0.1 13:0.15
u:replacing 9:0.11
u:replies 5:0.11 13:-0.1
u:reply 0:-0.12 6:0.19
u:reported 0:0.56 2:-0.12 12:-0.12
u:reports 7:-0.21
u:request 2:-0.1
u:residents 0:-0.12
u:response 8:-0.11
u:restaurant 12:-0.18
u:results 5:-0.1 7:-0.1
u:return 12:-0.1
u:returned 12:0.1
u:returns 12:-0.14
u:reviews 12:0.18
u:rewiring 9:0.13 10:0.11
u:right 1:-0.13 2:0.24 9:0.17
u:ring 0:-0.1 5:-0.14 6:0.3 12:-0.12 13:-0.31
u:ringing 0:0.15 6:0.13
u:rip 4:0.13 11:-0.15
u:road 0:0.14 1:-0.29 3:-0.16 5:0.19 7:-0.15
u:roast 5:0.12
u:robbery 0:-0.11 4:0.11 11:-0.12
u:rock 5:0.17
u:roll 3:0.17 12:-0.18
u:roof 9:0.12 12:0.11
u:room 0:-0.17 3:0.14 4:-0.11 5:-0.21 8:0.14 9:0.12 10:0.13 12:-0.28
u:rooms 2:0.1 3:0.52
u:rota 1:-0.13 2:-0.1 5:-0.15 6:-0.16
u:rough 5:0.22 12:-0.2
u:round 0:0.25 1:0.11 5:-0.17 11:0.14 13:-0.12
u:route 11:-0.12
u:router 2:0.12 11:-0.13
u:rubbery 8:0.15
u:rubbish 1:-0.13 5:0.22 12:-0.27
u:rude 0:0.11 1:0.53 4:-0.11 5:-0.27 6:-0.1 7:-0.11 8:-0.47
u:run 8:0.11
u:running 5:0.25 6:0.29 7:-0.13 12:-0.14
u:rushed 0:-0.24 1:0.12 8:-0.14 13:-0.2
u:rye 5:0.1
u:s 4:0.18 5:0.11
u:safe 2:0.16 5:0.16
u:said 0:0.13 1:0.24 2:0.3 5:-0.11 6:0.42 7:0.25 9:-0.18 13:-0.2
u:salesman 1:0.18 8:-0.31
u:salon 5:-0.11
u:same 3:-0.12 5:-0.13 10:-0.19 12:-0.11
u:sandwich 11:0.15 12:0.14
u:sandwiches 4:0.1 12:0.12
u:sat 0:-0.13 6:0.27 13:-0.18
u:saturday 0:0.2 2:-0.13 6:-0.23
u:saturdays 6:0.13 7:-0.12
u:saved 0:-0.11 1:-0.14 2:0.37 9:0.28 11:0.17
u:saw 6:-0.11 8:0.16
u:say 2:-0.33 3:0.18 4:-0.11 6:0.18 7:0.15 8:0.11 10:0.12 13:0.21
u:saying 2:-0.13 3:0.1 6:0.18 7:-0.11 12:-0.13 13:-0.26
u:says 0:0.1 2:0.14 5:0.16 9:-0.15 12:-0.11 13:-0.12
u:scan 0:0.12
u:scanners 6:0.18
u:science 5:0.14
u:scone 5:0.12 12:-0.12
u:scones 5:0.1
u:scratch 5:0.17
u:scratched 8:0.1
u:screen 0:0.13 5:0.35 6:0.1 7:0.13
u:screens 6:0.16
u:seam 5:0.14
u:seat 3:0.25 10:-0.11
u:seats 3:0.18 4:0.11 11:0.28
u:second 2:0.2 6:-0.22
u:seconds 0:0.25 7:0.1
u:section 1:0.11 3:0.12
u:see 5:-0.17 6:0.15 10:-0.16
u:seed 5:0.13 12:0.15
u:seemed 8:-0.16 9:-0.1
u:seen 0:0.12 1:0.16 7:0.12 8:-0.11 9:-0.12 10:0.12
u:sehr 0:0.16
u:self 0:0.21 1:-0.1 5:-0.18
u:sell 0:-0.12 1:-0.12 4:0.12 6:-0.12 9:-0.14
u:semi 5:0.11
u:sending 6:0.14
u:sent 3:-0.17 6:0.44 12:-0.11
u:served 5:0.14
u:service 2:-0.13 3:-0.13 4:0.22 7:-0.2 8:0.1 11:-0.17 12:0.11 13:-0.21
u:serving 7:-0.11 8:-0.17
u:session 0:-0.14 1:-0.12 2:0.22 9:0.25 11:-0.11
u:sessions 5:0.13 12:0.14
u:set 1:-0.14
u:seven 0:0.12 7:-0.12 13:-0.12
u:several 3:0.15 4:0.3 8:0.2 9:0.21 10:0.1 11:-0.28
u:shading 12:-0.16
u:shame 0:0.14 1:0.13
u:she 2:0.29 6:0.11 7:0.19 12:0.17 13:0.15
u:shelves 3:0.1
u:shift 0:-0.2 1:-0.19 6:-0.15
u:shirts 12:-0.1
u:shocking 5:-0.12 13:0.18
u:shoes 5:0.17
u:shop 0:-0.14 1:-0.21 2:0.28 8:0.13 9:-0.1
u:short 0:0.12 1:-0.11 12:0.16
u:should 5:-0.14 6:0.15 9:-0.18
u:show 12:0.12 13:0.1
u:showed 0:-0.16 4:-0.17 6:0.23 9:0.15 13:0.17
u:shower 0:0.11 3:0.1
u:showing 6:0.12 13:0.11
u:shrugged 1:0.12 8:-0.16 12:-0.12
u:side 5:0.22 9:0.11
u:sighed 1:0.13 8:-0.13
u:sign 5:0.13
u:since 0:0.21 5:0.18 7:0.28 10:0.17 13:0.1
u:single 9:0.12
u:singled 2:-0.1
u:site 5:0.12
u:sitting 6:0.11
u:six 1:0.13 4:-0.11 5:0.25 7:-0.18
u:skimmed 5:0.11
u:skin 5:0.1
u:skirting 5:0.14 11:-0.16
u:sleeping 5:0.13
u:sleeve 10:-0.13
u:slept 5:0.11
u:slides 6:0.11
u:slots 0:0.12 7:0.16 13:0.13
u:slow 0:0.38 5:0.13 6:-0.19 7:-0.11 11:0.11
u:slowly 0:-0.11 13:0.12
u:small 1:0.16 4:0.2 8:0.14 11:-0.15
u:smell 3:0.33 10:-0.1
u:smelled 5:-0.11
u:smelling 5:0.13
u:smells 3:0.24 5:-0.12
u:smelt 3:0.16 5:-0.15
u:smile 1:-0.12 8:-0.12
u:smiles 8:-0.12
u:snapped 4:-0.13 5:0.22 12:-0.16
u:so 2:-0.17 3:-0.33 6:0.23 7:-0.22 8:0.12 10:-0.18 13:-0.12
u:soaked 5:0.17 12:-0.15
u:sofa 1:0.13 3:0.17 5:-0.11
u:soggy 5:0.15 12:-0.18
u:sold 2:0.11
u:solid 12:0.11
u:some 2:0.13 4:0.14 8:-0.19
u:someone 1:-0.19 2:0.18 3:0.34 5:-0.1 9:-0.21 10:-0.16 11:0.12 13:-0.14
u:somewhere 8:-0.11
u:son 0:-0.14 1:0.16 2:0.1
u:sore 0:-0.15 1:-0.16 5:0.21
u:sort 1:0.15
u:sorted 0:0.24 2:0.22 7:0.21 9:0.22
u:sound 0:-0.11 1:0.3 8:0.25 12:0.25
u:sourdough 5:0.14
u:spa 4:0.12
u:space 5:-0.11
u:spare 0:-0.11
u:sparky 1:0.11
u:speak 0:-0.2 6:0.2 9:0.2
u:speaks 1:0.1
u:spec 6:-0.12
u:specialist 2:0.16 9:-0.13
u:speed 5:0.15 12:-0.14
u:speeds 5:0.15 12:0.11
u:speedy 0:0.12
u:spent 1:0.14 6:-0.16 7:-0.1 8:0.24 11:0.12
u:split 8:-0.16
u:spoke 1:0.19
u:spoken 0:-0.12 1:0.11
u:spot 9:0.1
u:spotless 1:-0.19 3:0.61 9:0.15 10:0.7 12:0.12
u:spotted 2:0.19 4:0.13 5:-0.13 9:0.31
u:spotting 2:0.12
u:spring 5:0.13
u:squeezed 6:-0.11
u:st 5:-0.16
u:staf 1:0.12
u:staff 1:0.62 2:0.24 3:-0.23 4:-0.27 6:-0.43 9:-0.15
u:staffed 0:0.12
u:stage 13:0.1
u:stale 5:0.2 12:-0.13
u:stand 5:0.1
u:standing 6:0.17
u:stank 10:-0.11
u:star 1:0.1
u:stars 5:0.18 12:0.16
u:start 0:0.17 6:0.11
u:started 2:-0.2 3:0.24 7:-0.23 13:0.2
u:starters 2:0.1 9:-0.1
u:starting 7:-0.13
u:state 10:-0.12
u:statement 1:0.12
u:station 3:0.13
u:stay 1:0.14
u:stayed 5:0.2
u:staying 0:0.11
u:steal 4:0.12 11:-0.11
u:steered 11:0.13
u:steering 3:0.12
u:stellar 10:-0.14
u:step 2:-0.11 6:0.27 13:0.27
u:steps 1:0.1
u:sticky 3:0.26 10:-0.28
u:still 3:-0.1 5:0.13 7:-0.21 9:-0.36 10:-0.22 11:-0.23 12:-0.26 13:-0.46
u:stone 0:0.12 7:-0.15 12:-0.11
u:stood 0:0.17
u:stop 4:-0.12
u:stopped 6:0.23 9:0.14 10:0.21 13:0.3
u:storage 0:-0.1 6:0.12
u:store 5:-0.15 6:-0.18 8:-0.1 12:-0.12
u:story 0:0.12 5:0.13 12:0.23
u:straight 1:0.12 2:0.12 9:0.22 10:-0.11 11:0.12
u:straightforward 13:0.1
u:street 0:-0.1 11:-0.14
u:streetlight 0:0.23 7:-0.27
u:strength 2:0.1
u:stress 2:0.17
u:stuck 10:-0.31
u:student 6:0.13 11:0.1
u:students 2:0.13
u:stuff 2:0.29 9:0.25 13:-0.11
u:stunning 5:0.21 12:0.17
u:stylist 1:0.12 5:0.15
u:such 1:0.13 5:-0.14
u:suit 0:-0.1 12:0.1
u:summary 3:0.12 4:0.19 8:-0.11 13:0.17
u:summed 8:0.12
u:summer 5:0.11
u:sunday 5:0.1 11:-0.13
u:super 5:0.28 12:0.29
u:superb 7:0.25
u:supplements 2:0.11
u:supplier 7:0.13
u:support 0:0.16 2:0.15 9:-0.16 12:0.14
u:supposedly 1:0.11
u:sure 0:-0.23
u:surgery 0:0.25 1:-0.14 3:0.23 5:-0.16 7:0.18 8:-0.18 9:0.12 10:0.23
u:surprised 10:0.16
u:swapped 13:0.11
u:swept 3:0.24 10:0.23
u:switch 7:0.11
u:switched 4:0.11 7:0.11
u:symptoms 9:-0.14
u:system 6:-0.11
u:ta 7:0.13 10:0.33 12:0.11
u:table 1:0.2 3:0.13 10:-0.2
u:tables 3:0.2 10:-0.13
u:tablets 2:0.24 7:0.25 9:-0.11 13:0.1
u:tag 1:-0.12
u:tait 1:0.12
u:take 0:0.22 7:-0.18 9:0.11
u:takeaway 4:0.16 5:-0.13
u:takes 7:-0.1
u:taking 7:-0.14
u:talk 8:-0.15
u:talked 1:0.31 2:0.13 8:-0.2 9:0.21 13:0.2
u:talking 13:-0.19
u:tap 5:0.19 7:-0.13 12:-0.14
u:taste 5:0.22 12:-0.23
u:tasted 5:0.17 12:-0.13
u:tasty 5:0.16 8:-0.1
u:tax 2:0.14 4:-0.15
u:tbh 0:-0.21 5:0.2 12:-0.17
u:tea 12:-0.1
u:teacher 6:0.12
u:team 1:0.28 4:-0.11 5:-0.13 8:0.11
u:tell 4:0.13 5:-0.11 11:0.14 13:0.14
u:telling 1:-0.1 5:0.17 12:-0.26
u:tells 6:0.25
u:ten 0:0.12 7:0.19 8:-0.11 11:-0.14 12:0.13 13:0.13
u:tenner 11:0.35
u:term 0:-0.11
u:terms 0:0.15 7:-0.13
u:terrible 5:0.12
u:test 9:0.11 12:-0.14
u:tests 2:0.1
u:text 0:-0.17 2:-0.1 3:-0.13 6:0.57 7:0.12 13:0.31
u:texted 6:0.12
u:texting 5:-0.13
u:texts 0:-0.13 6:0.27 13:0.15
u:th 0:0.11 13:-0.11
u:than 0:0.18 4:0.15 6:-0.18 7:0.22 9:0.24 10:0.22 12:0.33
u:thank 0:-0.13 8:0.13 12:0.12 13:0.1
u:thanks 5:-0.16 8:-0.14 13:-0.26
u:that 2:0.23 5:0.21 7:-0.19 8:0.23 9:0.16 11:-0.24
u:thats 4:-0.1 6:-0.16 7:0.11 13:-0.15
u:the 0:-0.25 1:-0.19 3:-0.14 4:-0.25 6:0.12 7:-0.12 8:0.11 10:-0.1 11:-0.14 13:0.12
u:theatre 0:0.1
u:their 1:0.34 2:-0.22 4:-0.11 5:-0.16 6:0.21 8:-0.11 9:0.24 11:0.15 12:0.11 13:0.2
u:them 0:-0.22 1:0.2 3:0.26 4:-0.12 6:0.25 7:-0.16 10:-0.1 11:0.14 12:0.23 13:0.15
u:themselves 0:-0.1 2:-0.1 5:0.19
u:then 1:0.14 3:0.15 4:0.15 5:-0.17 6:0.27 8:0.15 9:-0.12 10:-0.15 11:-0.22 13:-0.28
u:there 0:0.33 3:0.1 6:-0.12 7:-0.16 10:-0.23 13:-0.16
u:theres 0:-0.11 5:0.13 12:-0.24
u:these 12:0.12
u:they 5:0.1 6:0.3 8:0.13 9:-0.27 11:0.29 13:0.2
u:theyd 9:0.12 11:-0.1 12:0.22
u:theyre 1:0.13 11:-0.1
u:theyve 1:-0.13
u:thing 6:-0.12 7:0.12
u:things 6:-0.12
u:think 4:0.13
u:thinking 1:-0.13 5:0.11
u:third 5:0.15
u:this 0:-0.17 2:-0.15 3:-0.17 5:-0.2 7:0.14
u:tho 1:0.11 5:0.11 8:0.16 12:0.11
u:thorough 1:-0.16
u:those 5:0.14
u:though 0:0.47 1:0.26 2:0.1 4:0.12 5:0.11 8:0.25 10:-0.13 11:-0.12 12:0.2 13:-0.15
u:thought 3:0.12 5:0.12 12:0.13
u:three 5:0.23 6:0.11 7:-0.27 9:-0.23 12:-0.19 13:-0.37
u:through 0:0.15 5:0.1 6:0.17 9:0.18 13:0.44
u:thursday 0:0.21 5:-0.1 7:-0.43
u:thyroid 2:0.13 9:0.15
u:ticket 0:0.21 1:0.13 4:0.15 6:-0.15 7:-0.17
u:tickets 5:0.12 12:0.13
u:tidy 3:0.17 10:0.23
u:tiles 9:0.12
u:till 0:0.12 2:-0.18 5:-0.13 7:-0.11
u:tills 0:0.2 1:0.17 7:-0.14
u:time 0:0.2 1:0.28 3:-0.24 8:-0.11 11:-0.12 12:-0.14
u:times 0:0.11 6:0.14 8:-0.12 9:-0.21 13:-0.29
u:tip 3:0.35 8:0.13 10:-0.23
u:tipping 0:0.14
u:to 1:0.25 3:-0.15 8:-0.37 10:-0.19 11:-0.15 12:0.14 13:-0.11
u:toast 11:-0.17
u:toaster 13:0.13
u:today 1:-0.16
u:toilet 3:0.16 10:-0.12
u:toilets 0:-0.35 2:-0.17 3:0.66 10:-0.24
u:told 0:-0.34 1:-0.11 2:0.79 3:-0.26 4:-0.26 5:-0.17 7:-0.31 8:-0.14 9:-0.45 13:-0.37
u:tomorrow 1:0.11
u:too 1:0.29 2:-0.13 4:0.11 5:0.45 8:0.14 12:0.1 13:-0.11
u:took 0:0.49 1:0.17 4:-0.13 5:0.15 7:-0.13 8:0.33 9:0.15 11:0.11
u:top 1:-0.12 6:0.28 9:0.15 11:-0.15 13:-0.14
u:totally 8:-0.13
u:touch 0:-0.13
u:town 1:0.19 3:-0.12 4:0.24 6:-0.1 11:0.13 12:0.17
u:tr 4:0.21
u:tracked 6:0.1
u:tracking 0:0.15 6:0.27 7:-0.11
u:trade 11:0.1
u:traffic 1:0.12 8:-0.11
u:train 0:0.11 5:-0.13 6:0.21 11:-0.28
u:training 0:-0.2 1:-0.11 2:0.22 5:-0.12 6:-0.21 9:0.16
u:transferred 5:0.11
u:transfers 0:0.1
u:travel 2:0.12 9:-0.11
u:treat 1:0.13 2:0.24 8:-0.14 10:0.14
u:treatment 11:-0.17
u:treatments 5:0.14
u:tried 1:0.12 5:0.19
u:trim 5:0.2 12:0.12
u:trolley 0:0.1 3:0.14
u:trolleys 0:0.12
u:trop 4:0.12 11:-0.15 12:0.11
u:trying 3:0.11 8:-0.12
u:tuesday 2:-0.1
u:turn 2:0.19 5:-0.13 6:0.11 9:-0.19
u:turned 0:0.38 1:-0.1 4:0.1 5:-0.14 7:-0.12 11:0.16 12:0.12
u:turns 0:0.13 7:0.11
u:tv 0:-0.13
u:twenty 0:0.21 2:0.12 5:0.12 12:0.17
u:twice 1:0.11 9:-0.13 11:-0.14 12:-0.33
u:two 0:0.34 2:0.18 3:-0.19 4:0.12 5:0.17 7:-0.19 11:0.14
u:tyre 1:-0.12 2:0.25 11:0.1
u:tyres 2:0.2 12:-0.1
u:under 2:-0.13 3:0.24 7:0.24 10:-0.11 11:0.13
u:understand 6:0.2 13:0.12
u:understanding 1:-0.14
u:understands 2:0.26 11:-0.11
u:understood 6:0.15 13:0.21
u:unit 5:-0.17
u:unreal 5:0.11 11:0.36
u:until 5:0.12 6:0.13 12:-0.16
u:up 0:0.21 3:0.13 4:-0.15 5:-0.12 7:-0.35 8:-0.12 10:0.45 11:-0.2 13:-0.12
u:update 0:-0.12 6:0.11
u:updated 6:0.21 13:0.28
u:updates 6:0.17 13:0.12
u:upgrade 5:0.16
u:upsell 1:0.11
u:us 0:0.13 1:0.11 3:-0.19
u:use 1:-0.12 2:0.4 9:0.12
u:used 4:0.14 6:-0.15 10:-0.12
u:using 2:0.21 5:-0.1
u:valet 3:0.33 5:0.12 11:0.25
u:value 4:0.53 5:-0.14 11:0.28
u:valued 0:-0.14 11:0.15
u:van 0:0.17 7:0.12
u:vans 1:0.11
u:varifocals 5:0.13
u:vegan 12:-0.11
u:venue 6:0.17
u:very 5:0.1 8:0.27 10:0.14 11:-0.21 13:-0.15
u:vet 0:-0.23 1:0.13 2:0.16 8:0.1 12:0.17 13:0.15
u:vets 5:-0.13
u:video 6:0.12
u:view 3:-0.16 12:-0.14
u:visit 5:-0.11 12:-0.16
u:visitors 12:0.16
u:visits 2:0.13 7:0.24
u:vivaldi 0:0.11
u:voicemails 0:-0.15
u:voucher 4:0.16 11:0.11
u:wait 0:0.42 1:-0.13 4:-0.11 5:0.18 7:-0.25 8:0.17 12:0.24
u:waited 0:0.41 1:0.12 2:-0.12 7:-0.12 8:0.28 11:0.21 12:0.19
u:waiter 1:0.39 5:0.13 10:-0.12
u:waitin 6:0.19
u:waiting 1:-0.29 3:0.23 4:-0.18 5:-0.28 7:0.14 8:-0.11 13:-0.16
u:waits 5:0.16
u:waived 11:0.11
u:walk 7:-0.15
u:walked 1:0.13 5:-0.13
u:walker 6:0.11
u:walking 0:0.17 1:0.11
u:want 0:0.11
u:wanted 11:0.11
u:wants 0:-0.14
u:ward 3:0.1
u:warden 1:0.22 8:-0.13
u:warm 1:0.11 5:0.14 8:0.1 12:-0.35
u:warned 2:0.14 11:0.12
u:warranty 2:0.12 9:-0.14
u:was 0:0.12 1:0.34 3:-0.15 5:0.22 6:0.12 11:0.18 12:-0.47
u:wash 5:0.1 10:0.11 11:0.14
u:washing 0:-0.19 1:0.11 2:0.12 3:0.1 5:-0.11
u:wasnt 0:0.14 6:0.14 8:-0.24 9:-0.15 12:-0.15 13:-0.14
u:watch 5:-0.12
u:water 2:0.11 3:-0.12 12:-0.14
u:watering 1:0.11
u:way 5:-0.15 11:-0.16 13:0.15
u:we 2:-0.1 4:0.21 6:0.14 10:0.28 11:-0.31
u:website 5:-0.11 13:-0.16
u:wed 13:-0.11
u:wedding 0:-0.16 1:0.14 4:-0.11 5:0.37 6:0.36 12:0.24
u:wednesday 0:0.1 7:0.12
u:wee 10:-0.11
u:week 0:0.37 4:-0.16 7:-0.13 11:-0.12 12:-0.37 13:-0.16
u:weekend 7:-0.13 12:-0.13
u:weeks 0:0.55 1:-0.28 3:0.12 5:0.13 6:0.17 7:-0.46 9:-0.12 12:0.25 13:-0.12
u:welcoming 8:-0.36
u:well 5:0.17 7:0.21 9:0.14 12:0.39
u:went 4:-0.34 7:-0.11 9:-0.11 10:-0.17 12:-0.23 13:0.11
u:were 0:-0.1 3:0.22 4:0.17 6:0.11 7:-0.18 9:-0.13 12:-0.12
u:werent 12:-0.17
u:wet 3:0.17 10:-0.14
u:weve 10:-0.14 13:-0.13
u:what 1:-0.23 4:0.24 5:0.15 6:0.28 8:0.15 13:0.5
u:wheel 3:0.12
u:wheelchair 8:0.13
u:wheels 5:0.16 7:-0.14 13:-0.12
u:when 1:0.31 4:0.19 7:0.11 8:-0.17 9:-0.12 11:-0.33 12:-0.29
u:where 2:-0.14 6:0.28 11:0.19 13:0.38
u:whether 0:-0.19 1:-0.28 2:0.24 5:-0.1 9:-0.13 10:-0.11
u:which 0:-0.14 1:-0.25 2:0.42 4:0.11 5:-0.13 8:0.22 10:0.27 13:0.19
u:while 0:0.19 1:0.14 5:-0.11 7:0.3 11:0.21 13:0.13
u:who 1:0.34 2:0.22 6:-0.16 7:-0.11 8:0.1 10:-0.26 12:0.31
u:whole 1:0.13 2:0.12 8:-0.2
u:whos 1:0.1
u:why 0:0.26 2:-0.13 4:-0.13 6:0.38
u:wide 8:-0.23
u:wifi 5:0.49 6:-0.2 9:-0.12 12:-0.22
u:will 2:-0.13 5:-0.13
u:window 0:0.1 6:0.16
u:windows 9:-0.11
u:wine 1:-0.12 5:0.25 11:0.21 12:0.28
u:winters 12:0.15
u:wipe 3:0.12
u:wiped 3:0.19
u:wish 13:-0.14
u:with 1:0.5 3:0.13 5:0.11 6:0.21 7:-0.19 8:0.12 9:0.13 11:-0.19
u:within 0:0.3 5:0.11 6:0.14 7:0.58
u:without 2:0.22 3:-0.1 5:0.24 6:0.31 7:0.22 8:0.23 12:-0.23
u:woman 1:0.34 6:-0.2
u:wont 1:-0.11 5:0.29 9:-0.11 12:-0.24
u:work 0:-0.13 1:-0.18 9:-0.15
u:worked 2:0.29 12:0.16
u:working 0:0.17 4:-0.11
u:works 9:-0.17 10:0.16
u:worn 6:0.2 9:0.14 13:0.16
u:worth 3:-0.25 4:0.35 5:0.18 11:0.21 12:0.32 13:0.13
u:wot 1:0.11 3:0.11 10:-0.12
u:would 1:-0.34 4:-0.19 5:-0.14 7:0.14 8:0.13 10:-0.15 12:0.13 13:-0.2
u:wouldnt 1:0.13 8:-0.23 12:-0.16 13:-0.22
u:wow 7:-0.11
u:wrapped 12:0.26
u:written 6:0.21
u:wrong 0:-0.11 2:0.89 3:-0.11 5:-0.2 6:-0.18 7:-0.1 8:-0.13 9:-0.36 12:-0.14
u:wrote 6:0.13
u:x 8:0.14
u:yeah 9:-0.11
u:year 2:0.1 8:0.14 9:0.15 10:-0.19 11:-0.22 12:0.14
u:years 0:-0.11 2:0.1 4:0.11 6:-0.13 11:0.1
u:yes 2:0.18 9:-0.16
u:yet 2:0.11 9:0.25
u:you 0:-0.1 10:0.25 11:0.11 13:0.26
u:younger 0:-0.11 2:-0.11 5:0.11
u:your 3:0.14 6:-0.17 10:0.24
u:youre 1:0.12 8:-0.18
u:zero 10:0.18
u:£ 0:-0.27 1:-0.1 4:1.97 5:0.13 6:0.23 7:0.26 10:0.19 11:-0.68 12:-0.24 13:-0.24
u:€ 4:0.13 5:0.11 11:-0.15 12:0.13

"""#
}
