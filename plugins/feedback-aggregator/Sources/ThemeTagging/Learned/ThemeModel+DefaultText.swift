// Written by `make theme-model` (rapport themes train --swift): do not edit by hand.
extension ThemeModel {
    /// The text of the shipped model (plugins/feedback-aggregator/lexicon/theme-model.txt).
    public static let defaultText = #"""
# Rapport theme model: the learned reader of the feedback aggregator's theme tagger.
# Made by `rapport themes train`, from comments labelled by hand; do not edit the weights by hand.
# It adds a theme the lexicon did not tag when the probability that the comment judges it
# reaches `threshold`, withdraws one the lexicon tagged when that probability is below `keep`, and
# turns a lexicon tag's polarity when the probability of the other one reaches `turn`
# (plugins/feedback-aggregator/README.md, "The learned reader").
#
# Settings: `version`, `lexicon` (the lexicon version it was trained with), `threshold`, `keep`
# (optional; 0 withdraws nothing), `turn` (optional; 1 turns nothing), `themes` (in the order of
# the weights) and `trained-on`. After `weights`, each line is a
# feature and its weights that are not zero, as INDEX:WEIGHT: for N themes, index i < N weighs
# theme i being judged, index N + i theme i being praised, written with two decimals. The feature `bias` holds the
# intercepts. Features: `u:word`, `n:word` (a word a negation governs), `b:word_word`, `s:stem`,
# `author:customer|employee`, and per theme `lt:` (the lexicon tagged it), `le:` (judged below
# the threshold), `lp:`/`ln:` (its net leans to praise or complaint).

version 2026-12-07.5
lexicon 2026.12-10
threshold 0.4
keep 0.5
turn 0.5
themes waiting-time staff-attitude knowledge cleanliness price product-quality communication
trained-on 6793 comments: tuning.jsonl probe.jsonl probe2.jsonl probe3.jsonl probe4.jsonl probe6.jsonl probe7.jsonl probe8.jsonl probe11.jsonl probe13.jsonl probe14.jsonl probe16.jsonl probe18.jsonl probe19.jsonl probe21.jsonl probe22.jsonl probe23.jsonl probe24.jsonl probe25.jsonl probe26.jsonl probe27.jsonl probe28.jsonl probe29.jsonl probe31.jsonl probe32.jsonl probe33.jsonl probe35.jsonl probe36.jsonl

weights
bias 0:-3.92 1:-4.74 2:-4.52 3:-4.08 4:-4.23 5:-3.57 6:-4.83 7:-0.18 8:-0.17 9:-0.37 10:-0.13 11:-0.34 12:0.05 13:-0.43
author:customer 0:-1 1:-0.68 2:-1.37 3:-1.15 4:-1.1 5:-0.11 6:-1.04 8:-0.12 9:-0.18 10:-0.25 13:-0.28
author:employee 0:-2.15 1:-3.13 2:-2.26 3:-2.12 4:-2.29 5:-2.76 6:-2.84 10:0.16 11:-0.29
b:%_again 5:-0.11
b:%_and 5:0.28
b:%_in 5:-0.15
b:%_of 4:-0.17 5:0.16 7:0.11
b:%_off 0:0.15 5:0.19
b:%_this 1:0.1
b:%_with 4:0.19
b:10_10 0:-0.33 1:-0.24 4:-0.11 5:0.39 6:-0.15 12:0.1
b:10_a 0:-0.12
b:10_am 2:0.15 5:-0.16 6:0.2
b:10_mins 0:0.29 1:0.16 6:0.23
b:10_pm 2:0.11
b:10_weeks 6:0.1
b:10_would 0:-0.13 5:-0.17
b:11_for 5:0.13
b:11_pm 0:0.23 6:-0.23 7:0.11
b:120_for 3:-0.14 4:0.19 5:0.64
b:12_a 0:-0.19 4:-0.27
b:12_for 5:0.12 6:0.1 12:-0.11
b:12_mins 2:-0.16 5:-0.19
b:140_drops 1:-0.1 5:0.11 6:-0.16
b:14_march 1:0.13 4:-0.13 5:0.11
b:14_may 6:-0.19
b:14_weeks 3:0.15
b:150_for 3:-0.18 5:-0.13
b:15_% 5:0.42
b:15_a 4:0.18 5:0.21 6:-0.19 11:-0.12 12:-0.12
b:15_for 5:-0.15 11:0.16
b:15_mins 4:0.44
b:15_minutes 0:0.11 2:0.12 5:-0.26
b:180_for 6:-0.14
b:180_to 0:-0.11
b:19_th 0:0.23 1:0.1 13:-0.1
b:1_and 0:0.12 4:0.32 6:-0.11
b:1_for 5:-0.18 6:0.18
b:1_hour 5:-0.12
b:1_hr 5:-0.11
b:1_on 0:-0.14 4:0.22
b:1_pm 0:0.2 4:-0.21
b:20_% 0:0.1 4:0.18
b:20_for 4:-0.67 5:0.31 11:0.24
b:20_min 7:0.23
b:20_mins 0:0.58 3:0.18 5:-0.3
b:20_minutes 0:0.14 4:0.12 6:0.12 7:0.15 13:0.13
b:20_p 4:0.14
b:20_years 2:0.29 4:0.25 5:-0.1
b:210_a 6:0.17
b:22_a 6:0.22
b:240_a 0:0.11
b:240_for 2:0.14
b:24_hours 0:-0.7 5:-0.25
b:250_a 4:0.17 5:0.32
b:25_a 0:0.15
b:25_for 0:-0.29 5:0.27 6:0.21 11:0.1 12:0.27
b:25_min 0:0.44
b:25_mins 0:0.11
b:25_minutes 0:0.16
b:280_for 0:0.15 5:0.29
b:28_a 6:-0.11
b:2_and 13:0.24
b:2_days 0:0.67 1:-0.13 2:0.19
b:2_february 2:-0.1
b:2_for 5:-0.19 6:0.34
b:2_get 1:-0.12
b:2_hours 0:0.1 5:0.3
b:2_hrs 0:0.37 5:-0.2
b:2_me 1:0.37
b:2_mins 4:-0.15 5:-0.29
b:2_minutes 6:0.21
b:2_nd 1:0.11
b:2_pm 0:-0.24 6:0.51
b:2_washes 4:-0.13
b:2_years 5:0.14 6:-0.22
b:30_% 5:-0.21
b:30_a 4:-0.32
b:30_minutes 0:-0.19 1:0.12 5:0.22
b:30_p 4:-0.23
b:30_quid 4:-0.17 5:-0.2
b:30_seconds 0:0.19
b:30_years 2:0.13
b:35_for 4:-0.24 5:0.3
b:35_minutes 0:0.14 4:-0.26 6:0.34
b:3_am 6:-0.14
b:3_days 0:0.13 4:0.31 5:-0.15 6:-0.1 7:0.42
b:3_hrs 0:0.15 1:0.11 5:-0.1 7:-0.15
b:3_march 5:-0.11 6:0.18
b:3_months 5:-0.32
b:3_pm 5:0.15
b:3_rd 0:0.51 6:-0.14 7:-0.11 13:-0.1
b:3_said 6:-0.14
b:3_times 0:0.66 2:0.23 5:0.5 7:-0.15 9:-0.12 12:-0.14
b:3_to 7:0.15
b:3_weeks 0:-0.32 1:-0.1 2:0.24 5:0.28 6:0.34 12:0.19
b:3_wks 0:0.16
b:400_under 5:0.24
b:40_% 4:0.2
b:40_a 2:0.11
b:40_for 3:0.28
b:40_i 4:0.11
b:40_mins 0:0.11 1:-0.3 4:-0.18 6:0.12
b:40_minute 0:0.26
b:40_minutes 1:0.11
b:45_a 0:0.16 4:0.1
b:45_because 0:0.12
b:45_mins 3:0.27
b:45_minutes 2:-0.12 7:-0.11
b:45_p 4:0.25 11:-0.2
b:48_hours 4:-0.14
b:49_a 5:0.18
b:4_a 0:0.57 5:-0.16 6:0.37 7:-0.12
b:4_days 0:0.35 4:-0.16 6:0.22 7:-0.12
b:4_for 5:-0.23
b:4_hours 5:-0.27 7:-0.14
b:4_it 5:0.2
b:4_mins 0:-0.15 4:0.14 5:-0.14
b:4_my 0:0.22
b:4_pm 0:-0.11 2:-0.17
b:4_said 1:-0.11 5:0.16
b:4_th 5:-0.1
b:4_to 5:0.14
b:5000_miles 1:0.33 2:0.17 4:-0.18 9:0.1
b:50_a 5:-0.11
b:50_each 6:0.19
b:50_for 0:-0.13 4:0.16 11:-0.16
b:50_mins 0:0.13 6:-0.12
b:50_minutes 0:0.59 1:-0.28 2:-0.11 6:0.12 7:-0.13
b:52_minutes 6:-0.23
b:55_minutes 0:0.11 1:-0.18 2:-0.13 5:-0.19 6:0.3
b:5_% 4:-0.11
b:5_a 4:-0.28
b:5_days 0:0.36
b:5_g 2:0.27
b:5_min 5:-0.18
b:5_mins 0:-0.19 5:0.72
b:5_stars 0:-0.11
b:5_th 11:0.14
b:5_working 0:0.2
b:600_over 0:0.18 1:0.13
b:60_a 4:-0.27
b:60_for 5:-0.19
b:60_on 2:-0.22 4:0.24 6:0.31
b:60_s 1:-0.25
b:65_a 5:-0.11
b:65_and 0:0.3 4:0.17 11:0.1
b:65_for 5:-0.11 6:0.1 11:0.24
b:65_to 4:0.27
b:6_am 5:-0.12
b:6_and 0:-0.13
b:6_days 7:-0.24
b:6_minutes 4:0.14 6:-0.15
b:6_months 5:0.12
b:6_pm 0:0.42 4:-0.14
b:6_said 0:-0.12 5:0.12
b:6_weeks 7:-0.14
b:70_for 4:0.14
b:70_parking 1:0.27
b:75_for 0:-0.1 5:-0.16
b:7_am 1:-0.14 13:-0.11
b:7_for 5:0.11
b:80_for 5:-0.16
b:8_12 0:0.19
b:8_a 4:0.15 6:0.11
b:8_am 0:0.63 6:-0.42
b:8_and 0:0.11
b:8_but 5:0.15
b:8_for 4:0.15 5:-0.18
b:8_said 2:0.18 6:-0.17
b:8_to 0:-0.42 6:0.1
b:90_% 4:0.14 5:0.39 7:0.11
b:90_an 5:0.16
b:90_for 3:-0.18 6:0.2
b:90_mins 0:0.29 7:-0.1
b:95_for 5:0.17 11:-0.11
b:99_a 6:-0.25 11:0.17
b:9_% 5:-0.12
b:9_10 5:0.12
b:9_am 5:0.17
b:9_and 1:-0.15 8:0.12
b:9_days 0:0.37 4:-0.1 6:0.36
b:9_for 1:0.14 5:-0.23
b:9_pm 0:-0.24 3:0.21 13:-0.1
b:9_said 5:0.11
b:a_1 5:-0.11 6:0.1
b:a_3 4:-0.15
b:a_4 5:0.17
b:a_40 0:0.11
b:a_baby 4:0.13 5:-0.12
b:a_bad 3:-0.21 5:0.21
b:a_bag 1:0.11 5:0.2
b:a_ball 5:-0.22
b:a_bank 0:0.22 1:0.29 2:-0.13
b:a_bargain 4:0.17
b:a_barista 5:0.19
b:a_barrier 2:0.12
b:a_bathroom 2:0.22 3:-0.16 10:-0.14
b:a_beautiful 0:0.13
b:a_big 1:-0.41 5:0.13
b:a_bike 1:0.11
b:a_bin 0:-0.26 2:-0.17 12:0.26
b:a_bit 2:0.13 4:0.32 5:0.5 6:-0.21 7:0.2 8:-0.13 9:0.11 11:0.21
b:a_blood 1:-0.13
b:a_bob 1:0.15 5:0.53
b:a_book 0:0.64 4:-0.31 5:-0.17 7:-0.14
b:a_bot 2:-0.2 5:0.21 6:0.17
b:a_bottle 3:0.3 5:-0.22
b:a_broadband 5:0.21
b:a_broken 5:-0.32
b:a_budget 5:0.14 11:0.17
b:a_bulky 3:0.11 4:-0.3
b:a_bus 3:0.11 6:0.17
b:a_button 1:0.28 5:0.22 8:-0.1
b:a_call 0:-0.59 2:-0.26 5:-0.11 6:0.33
b:a_callback 0:-0.32 6:0.34
b:a_car 0:0.11 3:-0.23 5:-0.4
b:a_card 1:-0.1 2:0.1 3:0.15
b:a_cashier 1:-0.1 5:-0.12
b:a_cat 5:0.26 12:0.13
b:a_chain 5:-0.1
b:a_change 1:0.41
b:a_charge 0:-0.11 5:-0.2
b:a_chat 1:0.17 4:-0.12
b:a_cheaper 2:0.21 4:0.15 5:0.19
b:a_check 5:-0.11 6:-0.14
b:a_child 2:-0.16 5:0.3
b:a_chunk 0:0.19 5:0.12
b:a_claim 6:-0.11
b:a_clean 0:-0.27 1:-0.38 2:-0.13 4:-0.13 5:-0.19
b:a_client 5:0.41
b:a_cloud 5:0.37
b:a_club 0:0.13
b:a_clue 1:-0.11 2:0.5 5:-0.19 6:-0.24 9:-0.2
b:a_clutch 3:0.22 5:0.16
b:a_coach 5:0.11
b:a_coffee 0:0.14 3:-0.15 4:0.1
b:a_colleague 2:0.15 6:-0.18
b:a_collection 1:-0.32 3:0.34 5:0.11 12:0.12
b:a_complaint 1:0.25
b:a_computer 6:0.18
b:a_concern 0:0.15
b:a_consultation 3:-0.11
b:a_contract 0:-0.11
b:a_corridor 0:0.14
b:a_couple 0:0.22 1:0.12 2:0.15 5:0.22 11:0.11 13:0.14
b:a_cracked 5:0.12
b:a_credit 4:-0.25
b:a_crown 5:0.33
b:a_curry 6:0.12
b:a_customer 0:0.16 1:0.44 2:0.24 3:-0.22 5:-0.21 6:-0.21
b:a_customers 6:-0.1
b:a_cut 1:0.13 11:0.11
b:a_damp 1:-0.29 5:-0.16
b:a_date 0:0.12
b:a_day 0:0.71 1:-0.27 2:0.1 3:0.32 4:0.24 5:0.58 7:0.23
b:a_days 0:-0.17 6:0.12
b:a_decent 5:0.21
b:a_decision 0:0.31 5:0.3
b:a_deep 5:0.14
b:a_dental 1:-0.11
b:a_dentist 6:-0.13
b:a_diagnostic 5:-0.37 11:0.14
b:a_diagram 2:0.12
b:a_different 1:-0.15 5:0.31 9:-0.11
b:a_dirty 0:-0.11 2:-0.14 5:-0.26 12:0.12
b:a_disaster 5:0.12
b:a_disgrace 3:-0.33 5:-0.1
b:a_dish 5:0.2
b:a_door 0:-0.11 5:-0.12
b:a_drink 1:0.14
b:a_drop 4:-0.12 5:0.15 12:0.12
b:a_e 0:0.63 1:-0.11 4:-0.13 5:-0.33 7:-0.24 9:-0.11
b:a_faff 0:-0.27
b:a_family 5:0.31
b:a_fault 2:0.1 7:0.14
b:a_festival 5:-0.11
b:a_few 1:0.19 5:0.24 6:-0.14 11:-0.16
b:a_first 2:-0.11
b:a_fish 2:-0.11
b:a_fiver 4:0.55 11:0.41
b:a_flapjack 5:-0.13
b:a_flat 0:0.17 4:0.14 11:0.15
b:a_fly 5:-0.17
b:a_fortnight 0:0.44 3:0.13 4:0.2 5:0.35 10:-0.1 12:-0.33
b:a_fortune 4:0.18
b:a_four 0:-0.35 1:0.27
b:a_free 0:0.69 1:-0.19 4:-0.49 5:-0.18 12:-0.26
b:a_friday 0:0.4 2:-0.12 6:-0.13 12:0.16
b:a_full 2:0.1 3:0.32 4:0.36 5:-0.11 6:-0.12 8:-0.16 9:-0.16 11:0.15
b:a_fuss 1:-0.13 5:0.31
b:a_garage 5:0.19
b:a_gem 1:0.35 5:0.16
b:a_godsend 0:0.31 1:0.22 5:-0.16
b:a_good 1:-0.18 3:0.31 5:0.7
b:a_gp 6:0.2
b:a_great 0:0.22 2:-0.21 3:0.1 5:-0.22
b:a_gym 6:0.1
b:a_haircut 4:0.16
b:a_half 3:0.17 4:0.19 6:-0.25 11:-0.12
b:a_head 4:0.21 12:-0.18
b:a_headache 5:0.21
b:a_heavy 5:0.15
b:a_hello 1:0.16
b:a_hitch 5:-0.13
b:a_holiday 0:0.12
b:a_hoover 10:0.13
b:a_hospital 0:-0.13
b:a_hot 6:-0.16
b:a_huge 6:0.14
b:a_human 0:0.2 2:-0.13 5:-0.12 6:0.34 13:-0.11
b:a_hundred 1:-0.17 4:-0.19
b:a_jacket 5:0.2 12:0.12
b:a_joke 5:-0.13 6:-0.21 11:-0.14
b:a_kid 6:0.12
b:a_kidney 8:0.16
b:a_kids 3:-0.23 11:0.12
b:a_lady 0:0.41 1:-0.1 5:-0.16
b:a_laptop 0:0.16
b:a_large 0:0.13
b:a_late 4:0.19
b:a_laugh 0:-0.11 1:0.3 4:0.21
b:a_law 1:-0.2 13:-0.13
b:a_leaflet 2:-0.17 5:0.28 6:-0.11
b:a_leak 5:0.12
b:a_legend 1:0.24 2:0.18 5:-0.36
b:a_lemon 5:-0.21
b:a_letter 0:0.19 5:-0.14 6:-0.19
b:a_lifeline 0:0.11 1:0.15
b:a_lifesaver 1:0.11 2:-0.12
b:a_little 1:0.16 2:-0.14
b:a_loaf 5:0.11
b:a_local 0:0.21
b:a_locksmith 0:-0.23 2:0.15 11:0.11
b:a_long 1:-0.27 5:-0.12 6:0.11
b:a_loop 0:0.13
b:a_loose 2:0.12
b:a_lost 0:0.23 6:-0.33
b:a_lot 1:0.57 3:-0.23 4:0.41 5:0.16 6:0.42 8:0.17 11:-0.17 12:0.1 13:-0.13
b:a_lottery 0:-0.12
b:a_lovely 1:0.4 6:-0.27 8:0.19
b:a_lovly 5:0.24
b:a_lukewarm 5:0.13
b:a_lump 0:0.3
b:a_man 0:0.12 1:-0.24
b:a_manager 0:-0.13
b:a_manual 2:0.17 5:-0.11 6:-0.27
b:a_map 6:0.15
b:a_massive 0:-0.41 5:0.42 6:0.14
b:a_mattress 5:-0.24
b:a_meal 5:0.1
b:a_medication 2:0.32
b:a_member 5:0.1 6:0.11
b:a_mess 0:-0.13 3:0.22
b:a_meter 5:-0.13
b:a_mile 5:0.12 12:-0.12
b:a_minute 0:0.43 1:-0.16 2:0.26 5:-0.1 6:-0.24
b:a_miracle 5:-0.47
b:a_missed 5:0.21
b:a_mistake 0:-0.26 6:-0.19
b:a_model 0:-0.19 1:0.18 5:-0.13
b:a_month 0:0.1 4:-0.47 5:0.38 9:-0.11 12:-0.19
b:a_named 0:-0.18 1:-0.14 6:0.11
b:a_new 2:-0.29 3:0.14 4:-0.17 6:0.17 7:0.15
b:a_nice 4:0.25 5:-0.14
b:a_night 0:0.18 3:0.17 6:-0.13 11:-0.17
b:a_nightmare 0:-0.3 4:-0.15
b:a_no 4:0.38 5:0.15 6:-0.13
b:a_noise 2:-0.11 5:0.19
b:a_note 5:-0.14 13:0.12
b:a_nuisance 0:-0.12 1:0.15 5:-0.18
b:a_number 1:0.18
b:a_one 5:-0.19 6:0.33 7:0.14 13:0.16
b:a_parcel 5:-0.36
b:a_part 2:0.34
b:a_patch 5:0.14 12:-0.12
b:a_penny 4:0.38 5:-0.13 6:-0.13 11:0.14
b:a_person 0:0.36 6:-0.31 7:0.18
b:a_phone 0:-0.23 1:0.23 6:0.13
b:a_photo 1:0.19 2:-0.14 3:-0.13 4:-0.21 5:-0.22 6:0.34 13:0.21
b:a_pile 3:0.11
b:a_pint 5:-0.17
b:a_place 3:0.13 5:-0.1
b:a_plaster 1:-0.2 2:-0.13 3:0.51
b:a_plumber 1:-0.17 2:0.12 5:-0.11
b:a_point 5:-0.16
b:a_police 0:-0.15 2:0.26 6:-0.27
b:a_pothole 0:0.1
b:a_pound 4:0.11
b:a_premium 4:-0.31
b:a_price 1:-0.1 6:0.13
b:a_private 2:0.27 3:-0.1 5:0.25
b:a_problem 0:0.38 1:-0.1 6:-0.11
b:a_proper 0:0.23 4:-0.18 5:-0.66 6:-0.26 8:-0.32
b:a_puddle 1:0.25 3:-0.35 5:0.32 12:-0.14
b:a_pushchair 1:-0.16 5:0.37
b:a_quarter 5:0.11
b:a_question 5:-0.21
b:a_queue 0:-0.23 2:-0.11 6:0.13
b:a_quick 0:-0.91 1:-0.13 3:-0.16 5:-0.37 12:0.14
b:a_quote 0:-0.31 1:0.17
b:a_rainy 0:-0.13 5:0.17
b:a_real 4:0.13 6:0.11
b:a_really 4:-0.26
b:a_recommendation 2:0.11
b:a_refund 5:-0.24 6:0.25 7:-0.12
b:a_relief 3:0.16 4:0.11 12:0.11
b:a_repair 5:0.14 6:0.12
b:a_replacement 0:0.33 1:0.21 2:-0.11 4:0.27 6:0.31 7:0.1 8:-0.15 13:0.11
b:a_reply 0:-0.21 4:-0.12 6:0.36
b:a_return 6:-0.17
b:a_right 1:0.13 5:-0.11
b:a_rip 3:0.35 4:0.18
b:a_room 0:0.13
b:a_router 11:-0.1
b:a_row 0:-0.13
b:a_rude 4:-0.17 5:-0.12
b:a_safe 5:0.16 6:-0.12 12:0.1
b:a_sandwich 4:-0.67 5:-0.55
b:a_saturday 0:0.11 1:-0.15 4:-0.13 6:-0.12 7:0.24
b:a_seat 1:0.21
b:a_second 0:-0.3 2:0.12 4:0.1 6:-0.29
b:a_service 2:0.32 4:0.15 5:0.18
b:a_session 2:0.14 11:-0.11
b:a_sheet 2:-0.11 6:0.13
b:a_shift 2:0.2
b:a_show 5:0.11
b:a_shrug 1:0.19 2:-0.22
b:a_sign 3:-0.16
b:a_simple 0:-0.11
b:a_single 0:-0.39 3:-0.11 4:-0.39 5:-0.12 6:0.41 13:-0.1
b:a_six 0:0.27 1:-0.19
b:a_slot 6:-0.1
b:a_small 1:0.2 4:0.27 6:-0.14
b:a_smart 1:-0.11 3:0.16
b:a_smile 1:0.4 5:-0.16 8:-0.13
b:a_sofa 0:0.18
b:a_sore 1:-0.19 2:0.16 5:0.16 9:0.1
b:a_space 6:-0.13
b:a_speck 3:0.13
b:a_split 2:0.17
b:a_spotless 3:-0.29
b:a_standing 6:0.2
b:a_star 1:0.15
b:a_state 1:0.14 3:-0.33 5:-0.13
b:a_steal 4:0.34 11:-0.15
b:a_sticky 5:0.32
b:a_straight 1:0.28 2:0.17 4:-0.22 6:0.16 13:0.1
b:a_summary 0:-0.11 4:0.1
b:a_sunday 5:0.11
b:a_supervisor 0:0.15 6:-0.17
b:a_swamp 0:0.14 5:-0.17
b:a_sweetheart 5:-0.24
b:a_swim 3:0.28 11:0.13
b:a_table 0:0.49 1:0.29
b:a_takeaway 4:0.15
b:a_taxi 0:-0.21
b:a_tea 0:-0.13
b:a_ten 5:0.24 6:0.22 13:0.1
b:a_tenancy 4:0.12
b:a_tenner 2:-0.16 4:0.36
b:a_text 0:-0.15 5:-0.45 6:0.46
b:a_thing 5:0.24 11:-0.1
b:a_ticket 0:0.21 2:-0.1 5:0.1 6:-0.17
b:a_tidy 0:0.19 5:0.23
b:a_till 0:0.31 6:-0.11
b:a_time 5:0.1 12:0.12
b:a_tip 1:-0.23 3:1.26 10:-0.24
b:a_toddler 1:-0.32
b:a_torch 5:-0.21
b:a_total 5:0.27
b:a_towel 1:-0.15
b:a_tracking 0:-0.29 1:-0.12 5:0.12 6:0.16
b:a_treasure 0:0.15
b:a_treat 2:0.13 5:0.32
b:a_trim 0:0.27 2:-0.12 5:0.53 6:0.14 12:-0.23
b:a_trolley 0:0.12
b:a_tuesday 5:0.14
b:a_twenty 0:0.31
b:a_two 4:0.4 5:-0.29 6:0.31
b:a_tyre 0:0.13
b:a_van 1:-0.24 5:0.13
b:a_very 1:-0.25 4:-0.15 5:0.14
b:a_view 5:0.15
b:a_visit 2:0.16
b:a_voucher 4:0.33
b:a_warm 5:-0.19
b:a_warning 5:0.1
b:a_water 1:-0.32 3:-0.18 5:0.45 6:0.1 12:-0.18
b:a_way 2:0.16
b:a_wedding 2:0.29 6:0.14
b:a_week 0:0.42 2:0.26 6:0.72 10:-0.1
b:a_wet 3:0.27 4:0.15 5:-0.25
b:a_whole 5:0.19
b:a_woman 1:-0.14
b:a_word 2:-0.17 5:-0.19 6:0.57 8:-0.13 12:-0.11 13:-0.11
b:a_wrong 2:0.15 6:-0.11
b:a_year 0:0.34 1:-0.24 2:0.12 4:0.2 5:0.14 9:0.11 10:-0.16
b:a_young 5:0.16
b:a_younger 6:0.18
b:a_£ 1:0.45 3:0.13 6:-0.11 12:0.11
b:about_a 0:0.23 1:0.22 2:-0.13 5:-0.47 6:-0.57
b:about_allergens 2:0.1
b:about_being 0:0.21 6:0.14
b:about_cleanliness 0:-0.14
b:about_contract 2:0.2
b:about_costs 4:0.2
b:about_fifty 2:-0.17
b:about_five 5:0.35
b:about_her 2:-0.22 8:-0.14
b:about_it 2:-0.18 6:0.31 8:-0.13 12:-0.18
b:about_my 0:-0.44 2:-0.16 4:-0.23 6:0.37 8:-0.1 13:-0.1
b:about_not 6:0.1
b:about_one 2:-0.1
b:about_our 0:0.18 1:-0.19 5:-0.18
b:about_phones 1:0.25
b:about_price 0:-0.1 2:-0.18 4:-0.15 6:0.31
b:about_promotions 6:-0.12
b:about_six 2:0.26
b:about_the 0:-0.49 1:-0.13 2:0.16 4:0.16 5:-0.61 6:0.38 8:0.29 10:0.14 11:-0.13 12:0.12 13:-0.11
b:about_their 1:0.14 4:-0.18
b:about_them 5:0.42 12:0.11
b:about_this 2:-0.12 6:-0.12
b:about_to 1:0.12 5:-0.27
b:about_two 1:-0.15 2:0.12 5:0.18
b:about_what 1:-0.12 4:-0.12 6:0.48 13:-0.17
b:about_when 6:0.14
b:about_where 0:0.12 2:-0.39 6:0.3
b:about_whether 2:0.11 6:-0.22
b:about_£ 2:0.24 4:0.19 5:-0.14 9:0.2 11:0.13
b:above_and 0:-0.16
b:absolute_gem 0:0.26 11:0.12
b:absolute_star 6:0.15
b:accommodation_office 0:0.25 5:-0.16 7:0.12
b:acknowledgement_and 4:-0.12 5:-0.13
b:across_the 5:0.11 12:-0.11
b:acted_like 1:0.58
b:action_for 5:0.11
b:actually_answer 0:0.16 6:-0.19
b:actually_decent 6:0.1
b:actually_explain 5:-0.17
b:actually_explained 2:0.32
b:actually_fix 1:-0.24
b:actually_hear 13:0.11
b:actually_knew 5:0.18
b:actually_know 2:0.28 6:-0.12 9:0.11
b:actually_listened 0:0.12 1:-0.29 2:-0.3 5:-0.2 6:0.39 13:0.15
b:actually_need 6:0.13
b:actually_said 1:0.23
b:actually_see 0:0.28
b:actually_turned 0:0.28 2:-0.35 5:-0.15 6:0.16 7:0.15
b:actually_understand 4:-0.17 6:0.18
b:actually_work 1:0.1 5:0.29 12:0.16
b:actually_worked 5:0.33
b:added_that 5:0.13
b:address_on 5:0.31
b:adds_up 0:-0.18 4:0.24
b:admin_fee 4:0.16
b:advice_and 5:0.13
b:advice_from 5:-0.16 9:-0.16
b:advice_that 1:-0.11 2:0.15 9:-0.13
b:advice_was 1:0.12 2:0.22
b:adviser_knew 0:-0.13 1:0.22
b:adviser_was 6:-0.27
b:advisers_at 1:-0.25 2:0.3
b:after_2 4:-0.13
b:after_3 2:0.17
b:after_5 0:0.21 7:-0.14
b:after_a 0:-0.18 1:-0.23 2:0.16 4:-0.18 6:0.44 10:0.11 13:0.13
b:after_an 5:-0.12 6:-0.2
b:after_each 6:0.15
b:after_every 6:-0.14
b:after_four 5:0.35 12:0.14
b:after_himself 0:0.14 3:0.22 5:0.38 12:0.23
b:after_i 0:0.41 2:-0.21 5:-0.17 6:-0.28
b:after_id 0:0.25 1:0.18 5:-0.12
b:after_my 5:-0.14
b:after_one 5:0.58 12:-0.23
b:after_six 5:0.18 6:0.14
b:after_that 5:0.39
b:after_the 0:-0.43 1:0.11 2:0.16 3:-0.58 4:0.48 5:-0.53 6:0.28 8:-0.12 9:0.1 11:0.12
b:after_their 1:0.13 4:-0.18
b:after_themselves 3:0.29 5:0.19
b:after_three 0:0.17
b:after_two 5:0.52
b:aftercare_sheet 0:-0.14
b:again_! 5:0.13
b:again_and 4:0.35
b:again_at 0:0.31
b:again_for 5:0.14
b:again_in 1:-0.11 5:0.22
b:again_without 2:-0.1
b:against_the 1:0.22 2:0.22
b:agency_as 0:-0.18 1:-0.11 6:0.11
b:agent_has 6:0.15
b:agent_knew 0:0.21 6:-0.15
b:agent_pasted 6:0.15
b:agent_said 1:0.27 2:0.19 6:-0.14
b:agent_to 0:-0.27 6:0.1
b:agent_told 1:-0.13 5:-0.19 6:0.28
b:agent_took 5:-0.1
b:agent_was 0:0.25 2:0.16 4:0.2 5:-0.25 6:-0.15
b:ages_4 0:0.21
b:ages_deciding 0:-0.14
b:ages_for 0:0.33 6:0.11
b:ages_on 0:0.15 4:-0.13 5:-0.14
b:ages_to 0:0.12 5:0.11
b:agreed_that 1:-0.14 2:0.11
b:agreed_the 1:0.16 4:0.13 6:0.19 8:0.17 12:-0.1
b:ahead_to 0:0.25
b:airport_for 5:-0.14
b:aisles_were 6:-0.13
b:alarm_company 4:0.33
b:all_along 0:-0.11 2:0.5 5:-0.35
b:all_at 0:0.16 3:-0.29
b:all_day 0:-0.32 1:0.4 2:0.21 4:0.15 5:0.25 6:-0.23 7:-0.1 12:-0.14
b:all_four 2:0.12 5:-0.11
b:all_good 5:-0.23
b:all_i 0:0.16 5:0.14
b:all_in 1:-0.5 3:0.15
b:all_inclusive 2:0.12 5:-0.11
b:all_my 5:-0.21
b:all_night 1:0.13
b:all_of 2:0.26
b:all_over 0:0.43 1:-0.37 2:-0.18 3:0.61 4:-0.12 5:-0.73 6:-0.25 10:-0.23
b:all_smiles 1:0.21 8:-0.11
b:all_the 0:0.1 1:0.41 2:-0.15 3:0.44 5:-0.27 12:0.17
b:all_up 5:-0.13
b:all_week 4:0.1
b:all_weekend 5:0.27 12:-0.1
b:all_year 2:0.19
b:almost_every 0:0.13 4:-0.18 6:-0.17
b:almost_everyone 10:0.14
b:almost_one 0:0.11
b:alone_was 4:0.31 5:0.16 12:0.12
b:already_read 2:0.18 6:-0.13
b:alright_i 5:-0.23
b:also_explained 12:0.12
b:also_said 2:0.11 5:0.11
b:although_i 0:0.17 5:0.18 6:-0.26
b:always_a 0:0.24 5:-0.58 7:0.24
b:always_cheerful 1:0.1 4:0.13
b:always_comment 1:0.16
b:always_immaculate 1:0.15
b:always_knew 1:-0.21 2:-0.17
b:always_lovely 0:-0.34
b:always_rammed 0:0.23 7:-0.14
b:always_smiling 4:0.2 5:-0.11
b:always_spotless 3:0.12 5:-0.18 6:0.21
b:always_tidy 1:-0.14
b:always_turned 0:0.19
b:always_up 1:0.36
b:am_and 0:-0.16 1:-0.11 2:-0.19
b:am_from 5:0.16
b:am_on 1:0.19 6:-0.11
b:am_saturday 5:-0.12
b:am_to 0:0.11
b:am_writing 1:0.17
b:amazing_how 5:0.16
b:an_absolute 0:0.25 1:0.27 3:-0.23 11:0.17
b:an_agent 1:-0.13 2:-0.11 6:0.28
b:an_angel 1:0.19
b:an_answer 0:-0.11 1:0.23 2:-0.12
b:an_apology 0:-0.26 6:0.12
b:an_appointment 0:0.21 1:-0.11 5:-0.12
b:an_automated 2:-0.14 3:0.17 5:0.13
b:an_electrician 3:0.11
b:an_email 0:-0.28 1:-0.2 5:-0.25 6:0.29
b:an_engineer 0:-0.11 2:0.13 5:0.24
b:an_esim 2:0.28
b:an_expert 9:-0.12
b:an_explanation 1:0.16
b:an_extra 4:-0.49
b:an_hour 0:0.44 1:0.12 2:-0.3 3:-0.17 4:0.26 5:0.63 6:-0.74 7:-0.11 11:-0.15 12:0.11
b:an_idiot 1:-0.14 5:-0.11
b:an_issue 4:-0.29
b:an_mot 4:0.32 11:0.1
b:an_odd 0:0.16
b:an_update 4:-0.11 5:-0.17 6:0.19
b:an_x 0:-0.27 2:0.14
b:ancient_and 5:0.1
b:and_3 0:0.19 6:-0.12
b:and_9 0:-0.21 1:-0.11 13:-0.1
b:and_a 0:-0.47 1:0.15 3:0.99 4:0.6 5:-0.17 6:-0.58 8:-0.19 9:0.16 10:-0.38 11:-0.23 13:0.12
b:and_about 0:0.13 5:0.2 6:0.2 12:0.14
b:and_actually 0:0.13 5:-0.15
b:and_adjusted 2:0.12 5:-0.11
b:and_all 0:0.13 5:0.5 6:-0.13
b:and_always 0:0.13 5:0.13
b:and_an 5:-0.11 6:-0.12
b:and_answered 0:0.18 6:0.13
b:and_apologised 1:0.12 5:0.3
b:and_are 4:0.16
b:and_ask 5:-0.14 13:-0.12
b:and_asked 2:-0.22
b:and_back 5:-0.17
b:and_beyond 0:-0.16
b:and_blow 0:-0.19 1:0.12 4:0.11 5:-0.39 11:0.13
b:and_booked 5:0.12
b:and_both 0:-0.16
b:and_boxed 5:0.1
b:and_by 0:0.24 2:0.19 6:-0.37 7:-0.1
b:and_call 6:0.14
b:and_called 0:-0.28
b:and_came 1:-0.16 3:0.22 5:0.37 9:0.14
b:and_charged 0:-0.12 5:0.25
b:and_chatted 2:0.2 8:0.14
b:and_chatty 6:0.16
b:and_check 5:-0.16
b:and_checked 1:0.18 2:0.17 6:0.26
b:and_cheerful 4:0.2 11:0.13 12:0.11
b:and_chipped 6:0.12
b:and_chips 5:0.22
b:and_clean 1:0.27 3:0.14 4:0.12 5:-0.11 8:-0.15 12:-0.11
b:and_cleaned 0:0.13 5:0.56
b:and_clearly 1:0.19 2:0.14 4:0.1
b:and_clients 0:-0.16 1:0.13 5:0.15
b:and_complaining 0:0.12
b:and_contacts 5:-0.2
b:and_couldnt 2:0.17
b:and_counting 6:-0.14
b:and_customers 0:0.53 1:-0.13 4:-0.13 5:-0.12 7:-0.12 10:0.24
b:and_cut 6:-0.15
b:and_described 2:-0.11 5:0.1
b:and_didnt 0:0.1 1:0.32 2:-0.33 3:0.11 6:0.26 12:-0.17
b:and_dismissive 5:-0.25 6:0.28
b:and_drinks 0:-0.11
b:and_drove 0:-0.1 1:0.12 5:0.25
b:and_dust 5:-0.29
b:and_each 0:-0.18 2:-0.27 6:0.19
b:and_easy 3:-0.14 6:0.2 8:0.17
b:and_emailed 0:0.12 5:0.1
b:and_encouraging 5:0.3
b:and_end 13:-0.11
b:and_ended 0:-0.13 1:-0.14 5:-0.17
b:and_even 0:-0.2 3:0.15 5:-0.11
b:and_every 4:0.11
b:and_everything 6:-0.14
b:and_explained 0:0.21 3:0.14 4:-0.16 6:0.32 13:0.25
b:and_explaned 6:0.17
b:and_families 1:-0.13
b:and_felt 0:-0.13 1:-0.11 4:-0.13
b:and_filled 1:0.31
b:and_find 1:-0.14 13:0.1
b:and_fixed 5:0.27
b:and_for 5:0.13
b:and_found 0:-0.22 2:0.19
b:and_friendly 0:0.13 6:0.3
b:and_gave 0:0.23 1:0.12 4:0.17 5:0.39
b:and_generous 5:0.11
b:and_genuinely 5:-0.12
b:and_go 6:0.28
b:and_good 0:0.13
b:and_got 1:0.13 2:0.38 5:0.19 6:-0.18 11:0.11
b:and_guests 0:0.12 5:-0.29
b:and_had 0:0.85 2:-0.15 3:0.1 5:0.59 6:-0.29 7:0.15 12:0.26 13:0.13
b:and_half 0:-0.13 1:-0.14 5:0.44 12:-0.17
b:and_happy 3:-0.33
b:and_has 0:0.21 1:0.16 2:0.38
b:and_have 6:0.18
b:and_he 6:-0.45 7:0.18 8:0.17 9:0.1 12:-0.17
b:and_hed 1:0.23 5:0.26
b:and_helped 5:-0.24
b:and_helpfull 5:-0.11
b:and_hes 0:-0.17 5:0.33
b:and_honest 1:-0.24 2:0.25
b:and_honestly 2:0.28 3:-0.13 4:0.15 5:-0.32
b:and_hoovered 1:0.15 10:0.16
b:and_how 2:-0.19 4:-0.24
b:and_hung 1:0.19 2:0.12 6:-0.11
b:and_i 2:0.13 4:-0.41 6:-0.41 7:-0.2 9:-0.17 11:-0.33
b:and_id 2:-0.29
b:and_im 1:-0.14 3:0.23 4:-0.11 10:-0.17
b:and_in 0:0.49 5:-0.13
b:and_it 0:0.34 1:-0.6 2:0.26 3:-0.14 5:0.18 6:-0.12 11:0.34 12:0.27
b:and_its 0:-0.11 1:0.17 2:-0.12 7:-0.12
b:and_ive 1:-0.14 2:0.28 4:0.43 11:-0.18
b:and_keeps 0:0.1
b:and_kept 0:-0.21 1:0.17 2:-0.13 3:-0.13 5:0.21 6:-0.19
b:and_kind 1:0.16 3:-0.3
b:and_knew 0:-0.11 1:0.2 2:0.24 3:0.13 5:-0.14 9:0.15 12:0.15
b:and_knocked 4:0.23 5:0.13 6:-0.12
b:and_know 1:0.14 3:0.12 6:-0.13
b:and_knows 2:0.21 5:-0.11 6:0.25
b:and_leaves 0:0.1 10:-0.14
b:and_leaving 3:0.29 4:-0.22
b:and_left 0:0.41 2:0.21 3:0.13 5:-0.73 6:-0.27
b:and_let 0:0.19 1:0.16 6:0.24
b:and_made 5:-0.14
b:and_most 1:0.14 2:0.17 3:-0.14 5:0.22 6:0.13 8:0.17
b:and_moved 1:0.3 2:-0.16
b:and_mums 3:0.12
b:and_my 0:-0.11 2:0.12 5:0.23 6:-0.19 8:-0.17
b:and_never 0:0.22 1:0.45 2:-0.17 4:-0.22 5:-0.47 8:0.18 13:0.13
b:and_no 0:0.51 1:-0.25 2:-0.46 3:0.17 4:-0.17 5:-0.55 6:0.56 13:-0.12
b:and_nobody 1:-0.1 2:0.17 3:0.22 5:-0.6 6:0.22 9:-0.11 12:-0.12 13:-0.22
b:and_none 6:0.24
b:and_not 0:0.12 1:-0.12 2:0.15 3:0.25 5:0.37 9:0.11 11:0.12
b:and_now 0:-0.21 5:0.39 12:-0.18
b:and_old 5:-0.14
b:and_on 1:-0.15 5:-0.11
b:and_one 0:-0.31 1:-0.22 2:-0.33 3:-0.15 5:-0.11 6:0.26
b:and_only 5:-0.13
b:and_others 0:-0.1
b:and_out 0:0.43 1:-0.16 2:-0.13 3:0.16 4:-0.48 5:-0.29 6:-0.21
b:and_over 6:0.21
b:and_overpriced 3:-0.4 4:0.17 5:0.37 12:-0.18
b:and_paid 0:-0.11 6:0.3
b:and_painless 5:0.2
b:and_parents 0:-0.11 5:0.17
b:and_passengers 5:0.1
b:and_patient 5:-0.12
b:and_people 0:0.14 1:-0.11 3:0.13
b:and_phoned 6:-0.12 9:0.13
b:and_pointed 1:0.22
b:and_polish 0:-0.16
b:and_put 0:-0.19 3:-0.14 5:0.14 12:0.12
b:and_quick 0:0.16 1:-0.21 5:0.15
b:and_really 1:0.15 2:0.23 3:0.13
b:and_reception 1:-0.24 6:0.2
b:and_recommended 1:0.23 5:-0.14
b:and_respectful 1:0.13
b:and_round 6:0.17
b:and_safety 3:-0.23
b:and_said 0:-0.32 1:0.37 2:0.24 3:-0.16 4:0.15 5:-0.15 7:0.12
b:and_saved 0:-0.18 2:0.43
b:and_see 0:-0.2
b:and_sent 0:-0.14 1:-0.17 5:-0.12 13:0.1
b:and_several 0:-0.15 2:0.21 3:0.1 4:0.47 5:-0.14 6:-0.13 9:0.14 10:0.12 11:-0.12 12:0.1
b:and_she 1:0.46 2:-0.19 4:0.12 5:0.79 6:0.12 12:0.11 13:-0.1
b:and_shes 5:0.21
b:and_showed 1:-0.14 2:0.14 3:-0.2
b:and_sighed 5:0.16
b:and_smells 2:0.12
b:and_so 3:0.29 5:0.13
b:and_some 0:-0.37
b:and_sorted 0:0.1 1:0.21 5:0.12
b:and_spotless 1:-0.11 3:0.15
b:and_staff 1:0.25 8:-0.13
b:and_stayed 4:-0.13 5:0.25 12:0.11
b:and_steered 5:0.22 11:0.14
b:and_still 0:-0.19 1:0.19 2:0.2 5:0.17 6:-0.15 9:-0.15
b:and_swimmers 0:-0.11 3:0.15
b:and_talked 0:0.17 2:0.1 6:0.27
b:and_tasty 5:0.14
b:and_ten 5:-0.19 6:-0.19
b:and_texted 0:-0.15 5:0.37
b:and_that 0:-0.23 1:0.13 2:-0.3 4:-0.2 5:-0.38 6:0.4 9:0.15 11:0.12
b:and_thats 5:-0.1
b:and_the 0:0.58 1:0.41 2:0.35 3:0.64 4:0.66 5:1.1 7:0.18 9:-0.12 10:0.11 12:0.14
b:and_their 3:0.17
b:and_then 1:0.32 2:0.11 4:-0.43 5:0.22 6:-0.12 8:0.19 9:-0.1 13:-0.19
b:and_there 0:-0.2 2:-0.1 3:0.15 6:-0.18
b:and_theres 0:-0.31 2:-0.13 3:-0.23 5:0.4 6:-0.14 12:-0.16
b:and_they 0:0.3 1:-0.15 2:-0.14 3:0.31 4:0.17 5:-0.22 6:-0.43 7:0.17 10:0.23 11:-0.13 12:0.17 13:0.16
b:and_theyd 1:0.13
b:and_theyre 1:-0.12 2:0.17 5:0.13
b:and_this 1:-0.14 3:-0.13 5:-0.17
b:and_tidy 3:0.2 5:-0.15
b:and_told 2:0.13 4:-0.15 6:-0.18 9:0.31
b:and_took 0:-0.39 3:0.12 4:0.73 5:0.19
b:and_turned 1:-0.23
b:and_twice 0:-0.24 5:0.21
b:and_two 0:-0.13 2:0.11 12:-0.16
b:and_waiting 6:-0.14
b:and_walk 0:0.28
b:and_walked 2:0.12
b:and_warm 1:-0.13 3:0.13 5:0.34 10:0.11
b:and_warned 2:0.13 6:-0.29
b:and_was 0:0.72 2:-0.18 4:0.2 5:0.2
b:and_we 1:0.12 2:0.44 4:0.15 5:0.13 6:0.23 12:-0.12 13:-0.15
b:and_went 0:-0.12 2:0.2 5:-0.2 10:-0.13
b:and_were 0:0.12 1:0.14 2:-0.17 4:0.1 5:0.36 6:0.18 12:0.16
b:and_weve 4:0.11 6:-0.23
b:and_what 1:-0.38 2:-0.24 4:-0.17 5:0.1 6:0.38 13:0.13
b:and_when 0:0.33 4:-0.23 5:0.45 6:0.4 7:-0.13 8:-0.18
b:and_where 5:-0.1
b:and_which 2:0.32 4:-0.1 5:-0.15
b:and_why 0:0.11 2:-0.18 5:-0.2 6:0.2 13:0.13
b:and_wifi 5:-0.13
b:and_wouldnt 0:-0.15 4:0.15 13:-0.16
b:and_wrote 0:0.15 1:-0.12 3:0.17 5:0.11
b:and_you 5:0.26 6:-0.25 12:-0.13
b:and_£ 5:-0.22 6:0.2 13:0.16
b:angry_about 5:0.19
b:announcements_at 6:0.13
b:another_40 5:-0.17
b:another_5000 1:0.33 2:0.17 4:-0.18 9:0.1
b:another_day 0:0.1 5:-0.13
b:another_letter 1:-0.21 6:0.14 13:-0.15
b:another_matter 1:0.11 6:-0.12
b:another_price 6:-0.11
b:another_said 0:-0.18 2:0.12
b:another_well 6:0.16
b:another_when 1:-0.18
b:another_your 0:0.18 6:-0.15
b:another_£ 4:-0.12 6:0.17
b:answer_a 0:-0.16
b:answer_basic 2:0.19
b:answer_customers 2:-0.19
b:answer_questions 2:0.17
b:answer_the 0:0.16 6:-0.15
b:answer_to 2:0.22 5:-0.2
b:answered_every 0:-0.18 1:-0.15 2:-0.11 3:-0.15 6:0.17
b:answered_in 0:0.17
b:answered_my 6:0.41
b:answered_the 5:-0.15
b:answered_was 1:0.2
b:answering_emails 6:0.13
b:answers_about 2:0.11 6:-0.17
b:answers_depending 0:-0.11 9:0.18
b:answers_emails 5:0.1
b:answers_ranged 1:-0.12
b:answers_the 0:-0.14
b:any_delay 2:-0.1 5:0.23
b:any_fuss 0:0.1 2:0.17 5:-0.42 6:0.12
b:any_more 0:0.17 2:0.32 6:-0.31 7:0.11
b:any_of 6:-0.21
b:any_particular 1:-0.16 4:-0.13
b:any_pressure 0:-0.11 1:0.23
b:anyone_came 4:0.22
b:anyone_else 2:-0.26 5:0.26
b:anyone_had 6:0.19
b:anyone_know 2:-0.25
b:anyone_tell 9:0.12
b:anyone_to 0:-0.29 5:0.21 6:0.13
b:anyone_took 0:-0.21 2:0.21
b:anyone_who 5:-0.22
b:anyones_bothered 2:0.23
b:anything_about 0:-0.15 1:0.24 5:-0.12 8:-0.13
b:anything_at 5:0.31 11:0.14
b:anything_but 0:0.57 1:-0.34 5:-0.15 8:0.19
b:anything_extra 0:-0.17 4:0.14
b:anything_i 1:0.15
b:anything_is 5:-0.14 6:0.14
b:anything_on 1:0.11 6:-0.13
b:anything_to 5:0.14
b:anything_was 2:0.27 9:-0.13
b:anywhere_near 0:0.17
b:apart_after 4:-0.32
b:apologetic_and 0:0.19 1:0.12 3:0.27
b:apologise_and 5:0.21
b:apologise_when 5:0.12
b:apologised_properly 0:-0.13
b:apologising_for 1:-0.13 3:0.12 6:0.2
b:app_and 2:-0.1 6:-0.11
b:app_crashes 5:0.13 6:-0.22
b:app_gives 5:0.18
b:app_is 3:-0.12 5:0.23 6:-0.5
b:app_now 12:0.12
b:app_said 0:0.38 2:-0.25 4:-0.14 6:0.51 13:-0.12
b:app_says 6:0.18
b:app_still 0:-0.4 5:-0.15 6:0.11
b:app_texts 6:0.14
b:app_to 5:0.23
b:app_was 13:-0.1
b:appealed_my 5:0.36
b:appeared_at 6:0.26
b:application_was 2:0.26
b:applied_for 0:0.24
b:appointment_at 0:0.19 6:0.11
b:appointment_letter 6:0.35 13:-0.12
b:appointment_the 0:0.16
b:appointment_time 1:-0.17
b:appointment_was 1:-0.11 4:0.11 6:-0.14
b:appointments_are 5:0.14
b:appreciate_that 1:0.15
b:appreciate_the 1:-0.19 5:-0.1
b:appreciated_finding 6:0.25
b:appreciated_it 13:-0.14
b:appreciated_that 0:-0.25 5:0.1 6:0.12
b:appreciated_the 1:0.15 2:-0.12 13:-0.15
b:are_a 1:-0.16 2:-0.17 3:-0.27 4:0.37 5:-0.11 8:-0.13
b:are_about 0:0.16 4:-0.13 5:-0.22
b:are_always 0:-0.2 1:0.16
b:are_ancient 5:0.1
b:are_being 5:0.13
b:are_brilliant 2:0.17
b:are_broken 0:-0.1 5:0.26 6:-0.11 10:0.19
b:are_disgusting 3:-0.1
b:are_double 5:0.43
b:are_down 0:-0.22 6:-0.11
b:are_fair 0:0.13 5:-0.35
b:are_fantastic 1:0.13 5:-0.19
b:are_filthy 2:0.26 3:0.21 5:-0.15
b:are_friendly 1:0.17 3:0.13 5:0.2
b:are_getting 2:-0.11 3:-0.14 5:0.12
b:are_going 3:0.24 5:-0.16 6:-0.11
b:are_gone 0:0.13
b:are_grim 1:-0.19
b:are_high 2:0.13 5:0.11
b:are_impossible 6:0.23
b:are_kind 3:0.46
b:are_leaving 1:-0.15
b:are_left 0:0.11
b:are_like 5:0.16
b:are_lovely 0:-0.19 3:-0.15 6:-0.11 12:-0.14
b:are_mostly 5:0.1 6:0.13
b:are_not 5:-0.19 6:0.27 11:-0.11
b:are_noticing 0:0.19
b:are_now 1:0.12
b:are_often 0:-0.1
b:are_on 0:0.19
b:are_open 5:0.19
b:are_out 2:0.42 6:-0.11
b:are_people 0:0.11 2:0.15 4:-0.1 5:-0.12 6:0.14
b:are_perfect 5:0.15
b:are_polite 2:0.13
b:are_rarely 5:0.17
b:are_reasonable 5:-0.12
b:are_regularly 2:0.21 6:-0.16
b:are_right 6:0.12
b:are_rightly 2:0.13 6:-0.2
b:are_rubbish 1:-0.14
b:are_short 5:0.21
b:are_shot 5:0.21
b:are_so 4:-0.23 5:0.11
b:are_sound 5:0.13
b:are_still 3:0.1 4:0.16
b:are_the 0:-0.11 1:-0.15
b:are_thrilled 5:0.22 6:0.15 12:0.14
b:are_understandably 2:0.1 6:-0.41
b:are_useless 0:-0.18
b:are_very 4:0.12 5:-0.12
b:are_£ 5:-0.11 10:-0.11
b:area_every 0:-0.12 3:0.13 6:0.19
b:area_is 5:-0.13
b:area_manager 2:-0.1
b:area_was 0:0.11 5:0.1
b:arent_getting 0:0.16
b:argue_with 0:0.1 1:0.11 4:0.25 5:-0.22 11:0.21
b:arrive_at 1:0.11
b:arrive_late 1:-0.11 2:0.1
b:arrived_a 5:-0.11
b:arrived_and 0:-0.1 6:0.28
b:arrived_at 0:0.15 1:-0.19 3:0.15
b:arrived_cold 5:0.1
b:arrived_in 0:0.4 4:0.25
b:arrived_on 5:0.32
b:arrived_two 5:-0.12
b:arrived_with 0:-0.27 4:-0.11 5:0.7 12:-0.22 13:-0.14
b:arrived_within 1:0.11 2:0.15 5:-0.13
b:as_a 0:0.35 2:0.15 4:0.14 5:-0.4 8:-0.15 11:0.13 12:0.12
b:as_always 0:-0.27 1:-0.12 4:-0.1 5:-0.25
b:as_an 4:-0.23 6:0.13
b:as_cheap 5:0.1
b:as_chips 4:0.22 5:-0.46 11:0.32
b:as_ever 5:-0.14
b:as_fair 3:0.11
b:as_fast 0:-0.24 5:0.35
b:as_friendly 1:0.13 2:0.15 6:-0.17
b:as_good 6:-0.12
b:as_grubby 3:0.1 5:-0.15
b:as_i 5:0.32 6:-0.12 12:-0.12
b:as_if 1:0.32 2:-0.13
b:as_it 5:-0.16 6:-0.18
b:as_last 1:0.19
b:as_long 0:0.42 4:0.28 5:-0.17 6:-0.16
b:as_not 3:-0.31
b:as_polite 1:0.15
b:as_promised 0:0.31 1:-0.24 2:0.27 5:0.2 7:0.35
b:as_proper 5:0.1
b:as_spotless 0:0.16 3:0.25 5:-0.14 6:-0.12 10:0.13
b:as_steep 5:-0.1
b:as_the 0:0.16 1:-0.26 2:0.11 3:-0.16 5:0.17 6:-0.35 9:0.12
b:as_they 0:0.21 1:0.22
b:as_very 5:0.14
b:as_well 0:0.17 5:0.12 6:0.16
b:as_you 0:0.48
b:ask_a 6:-0.12
b:ask_about 1:-0.15 2:0.5 4:-0.16 5:-0.24 6:-0.19
b:ask_for 1:0.33 4:0.2 5:0.13 8:-0.1 13:0.18
b:ask_how 1:0.26
b:ask_me 0:0.15 6:0.12 9:-0.21
b:ask_someone 6:-0.15
b:ask_the 0:-0.14
b:ask_us 6:0.11 13:-0.12
b:ask_we 2:0.17 6:0.25
b:ask_what 0:-0.18 2:0.11
b:ask_whether 0:-0.11 1:-0.2
b:asked_about 0:-0.21 1:-0.24 4:-0.16 5:0.18 6:-0.17 11:0.12
b:asked_before 4:0.15
b:asked_for 0:0.2 1:0.29 2:-0.19 5:0.79 11:-0.11 12:-0.23
b:asked_her 1:0.13 2:-0.11
b:asked_him 1:0.24
b:asked_how 0:-0.61 1:-0.11 2:-0.27 5:-0.17 6:-0.23
b:asked_if 1:0.36 2:0.67 3:-0.2 5:-0.18 6:-0.34
b:asked_the 0:-0.34 1:-0.64 2:0.29 5:-0.52 6:0.33 13:-0.1
b:asked_three 2:0.16 5:-0.1
b:asked_to 1:-0.11 2:-0.26 6:-0.13
b:asked_twice 0:0.11 5:0.11 6:0.16
b:asked_us 6:-0.1
b:asked_what 1:0.23 4:-0.21
b:asked_where 1:0.33
b:asked_whether 1:-0.17 2:0.11 5:-0.13
b:asked_why 4:-0.19 6:0.15
b:asking_about 5:-0.13
b:asking_for 2:0.26 13:0.13
b:asking_me 2:-0.2 6:0.17
b:asking_us 5:-0.12 6:0.29
b:asking_what 0:-0.15 6:-0.21
b:asking_where 1:0.11 2:0.19 6:-0.1
b:asking_whether 4:0.19
b:asking_why 4:0.15 11:-0.15
b:asleep_on 1:0.21 5:-0.15 8:-0.14
b:assistant_at 6:0.16
b:assistant_said 1:-0.15 2:0.26
b:at_1 0:0.26
b:at_10 0:0.29 5:-0.13 7:0.13
b:at_11 0:0.4 5:-0.29
b:at_2 0:-0.38 13:0.23
b:at_3 0:-0.11 5:-0.11 6:-0.22 7:0.11
b:at_4 0:-0.1 2:-0.21 5:-0.2
b:at_5 5:-0.1 6:-0.19
b:at_6 0:0.33 4:-0.14 6:0.2
b:at_7 0:0.22 1:0.23 6:0.18
b:at_8 0:0.31 2:-0.16 3:0.18 4:-0.12 5:-0.17 6:-0.26
b:at_9 0:0.59 6:-0.22
b:at_a 0:0.3 1:0.17 4:-0.12 5:-0.33
b:at_all 0:0.16 1:-0.21 2:-0.61 3:-0.18 4:-0.18 5:0.32 8:0.22 12:0.1
b:at_checkout 0:-0.24 1:-0.13 3:-0.2 4:0.12 6:0.23
b:at_closing 5:-0.4
b:at_customers 2:-0.13
b:at_drop 1:-0.13
b:at_each 0:0.21
b:at_every 0:-0.13 2:-0.15 4:0.31 5:0.29 6:0.17 13:0.16
b:at_first 1:-0.12
b:at_half 0:0.12 1:-0.23 2:0.26
b:at_her 0:-0.14 1:0.12 4:-0.1 8:0.13
b:at_home 0:-0.33 1:-0.18 2:-0.47 5:0.33 6:0.16
b:at_it 5:0.22 11:0.13 12:-0.17
b:at_least 6:0.38
b:at_length 0:0.11
b:at_lunchtime 1:-0.15 2:0.36 5:0.34 6:0.24 7:-0.1
b:at_me 0:-0.14 1:0.29 2:-0.16 5:0.43 8:-0.15
b:at_my 0:-0.22 1:0.2 2:0.58 4:0.19 5:-0.13 8:-0.17 9:-0.12
b:at_night 4:-0.11 5:-0.1
b:at_nine 1:-0.14
b:at_our 5:0.72 6:0.16
b:at_pickup 6:0.31
b:at_reception 2:0.14 4:0.12
b:at_renewal 4:0.17
b:at_ten 0:-0.29 2:0.23 5:-0.26
b:at_that 0:-0.17 2:0.11
b:at_the 0:-0.18 1:0.46 2:0.14 3:-0.54 4:-0.15 5:-0.14 10:-0.13 12:0.25 13:-0.19
b:at_this 0:-0.21 2:0.22 4:-0.14 5:-0.28 6:-0.11
b:at_us 4:0.15
b:at_weekends 0:0.21 3:0.11 5:0.22
b:at_£ 2:0.22 3:0.18 4:0.23 5:0.29 6:-0.15
b:auto_reply 0:0.15 5:0.2
b:automated_acknowledgement 5:0.15
b:automated_email 2:-0.13
b:average_hold 0:0.13
b:away_and 1:0.16 3:-0.17 6:0.11
b:away_for 0:0.12 4:0.15 5:0.12
b:away_it 0:-0.18 12:0.14
b:away_that 5:0.11
b:away_with 1:0.12 3:0.16
b:awful_experience 0:-0.18 5:-0.18 6:-0.17
b:b_4 5:-0.23
b:b_b 5:0.25
b:b_in 6:-0.12
b:back_! 5:-0.11
b:back_about 0:-0.24
b:back_and 0:0.18 1:0.18
b:back_at 2:-0.11 6:-0.27
b:back_because 0:-0.23 5:0.1
b:back_before 5:0.23
b:back_down 4:0.16
b:back_for 0:0.21
b:back_from 5:0.45
b:back_i 0:0.22 5:-0.2
b:back_in 0:0.31 5:0.36
b:back_next 0:-0.1 5:-0.18
b:back_of 0:0.18 5:-0.25
b:back_on 0:0.26 1:0.11 5:-0.19 6:-0.15
b:back_pain 1:-0.2 2:0.16
b:back_seat 3:0.24
b:back_smelling 5:0.41
b:back_that 0:-0.19 6:0.11 11:-0.16
b:back_the 0:-0.16 4:0.16 5:0.12 6:-0.38
b:back_they 5:0.37
b:back_three 5:0.37
b:back_thursday 0:-0.16
b:back_to 0:-0.14 1:-0.17 2:-0.13 4:-0.24 5:0.44 7:-0.15 8:0.16 10:-0.18
b:back_tomorrow 0:0.24
b:back_twice 1:0.12 2:-0.14 5:0.18 12:-0.2
b:back_w 6:0.2
b:back_with 1:-0.48 2:-0.15 3:0.43 5:-0.35 9:0.16 12:-0.13
b:back_within 0:-0.54 6:0.29
b:bad_about 4:0.26 5:-0.13
b:bad_at 1:-0.12 5:0.2
b:bad_experience 1:-0.1
b:bad_for 0:0.17 7:0.3
b:badly_in 6:-0.36
b:bag_of 5:0.28
b:bag_was 0:0.14 5:-0.31
b:bahut_accha 5:0.29
b:band_played 1:-0.28
b:bang_on 0:0.2 1:-0.14 2:0.16 5:-0.22 6:-0.11 7:0.12
b:bank_and 5:-0.24
b:bank_branch 1:0.13
b:bank_holiday 0:0.21 2:-0.2
b:bank_i 0:0.17
b:bank_statement 1:0.33 2:-0.14 6:0.11
b:banks_fraud 0:0.2
b:banks_new 5:0.22 6:-0.14
b:banks_phone 6:-0.15
b:bar_staff 0:0.21 6:0.19
b:barber_was 6:-0.31
b:barely_looked 2:0.35 5:-0.14 6:0.15 9:-0.13
b:barely_said 6:-0.32
b:barely_warm 12:-0.13
b:barman_knew 5:0.38
b:base_is 5:-0.23
b:basic_questions 2:0.22
b:basically_a 5:-0.11
b:basically_stopped 6:0.35 13:0.14
b:bathroom_and 2:0.22 3:-0.18 10:-0.14
b:bathroom_was 0:-0.24 5:-0.2
b:battery_and 2:-0.17
b:be_a 0:-0.19 1:-0.14 2:0.17 5:-0.13
b:be_back 0:-0.19 1:-0.36 5:-0.36
b:be_cleaned 10:-0.11
b:be_done 1:-0.11 5:-0.12
b:be_fair 0:0.1 3:0.18 4:-0.22 5:0.78 6:0.18
b:be_fine 1:-0.28 2:0.37
b:be_fixed 4:0.14
b:be_good 6:-0.2
b:be_grateful 5:0.12 6:0.11
b:be_greeted 1:-0.31 3:0.34
b:be_honest 1:0.19
b:be_in 0:0.26 2:-0.1
b:be_nice 2:0.21 4:-0.19 5:-0.13
b:be_on 2:0.34
b:be_paying 0:0.1
b:be_ready 0:0.4 2:-0.31 6:0.16
b:be_seen 0:-0.21 1:0.2 6:0.11
b:be_taken 6:-0.12
b:be_the 0:-0.12 2:0.11
b:be_thursday 0:0.35
b:be_told 1:-0.17 6:-0.13
b:be_two 0:0.19 5:0.11
b:be_valid 2:0.11
b:be_with 0:0.18
b:beaucoup_to 5:0.18
b:beautiful_job 0:0.13
b:because_he 3:-0.14 4:-0.11 5:0.1
b:because_her 0:0.12 6:0.12
b:because_i 0:-0.23 8:0.19
b:because_it 0:-0.24 1:0.37 5:-0.32 6:-0.17
b:because_its 1:0.11
b:because_nobody 0:-0.22 5:-0.19 6:0.16 13:-0.13
b:because_of 0:0.23 1:0.17 5:0.26 7:-0.19
b:because_only 5:0.1
b:because_our 5:-0.18
b:because_she 1:0.11 2:0.19
b:because_the 0:0.33 1:-0.55 2:0.25 4:0.2 5:0.6 6:-0.34 7:-0.14 10:0.14 13:-0.17
b:because_their 6:-0.25
b:because_theres 5:0.16
b:because_they 5:-0.29 6:0.45
b:because_two 0:-0.13
b:because_we 6:-0.1
b:bed_was 5:0.19
b:bedroom_was 5:-0.43
b:been_3 0:0.12
b:been_a 1:-0.32 4:0.23 5:-0.12
b:been_all 5:-0.12
b:been_asked 1:-0.12
b:been_at 6:0.39
b:been_back 5:0.12
b:been_brilliant 0:-0.18 5:0.4
b:been_broken 5:-0.13 6:-0.12
b:been_cancelled 5:0.34
b:been_charged 6:-0.12
b:been_cleaned 5:-0.12
b:been_cleaner 0:0.2 3:0.12
b:been_coming 5:-0.21 11:0.12
b:been_complaining 2:0.29
b:been_complimenting 5:0.14
b:been_down 5:-0.16 6:-0.16
b:been_emptied 5:-0.18
b:been_faultless 3:-0.19 5:0.3
b:been_fine 0:0.18 5:0.37
b:been_given 5:0.26 12:0.13
b:been_going 2:-0.23 3:0.12
b:been_hunting 2:0.21
b:been_in 1:0.16 2:-0.18
b:been_kept 0:0.11 7:0.25
b:been_leaking 0:-0.11 3:0.24 5:-0.15
b:been_less 5:-0.1
b:been_missed 0:-0.19 5:0.19
b:been_nearly 0:0.13 1:-0.1
b:been_nicer 0:0.15 1:0.38 8:0.19
b:been_on 0:0.18
b:been_out 0:0.37 1:0.15 2:-0.17 3:-0.14 6:-0.25 13:-0.12
b:been_perfect 2:-0.18 5:0.18
b:been_quoted 6:0.11
b:been_really 1:-0.14
b:been_refitted 5:-0.29
b:been_seen 6:-0.11
b:been_sent 6:0.2
b:been_serviced 2:0.18
b:been_stood 0:0.28
b:been_there 0:0.31
b:been_told 0:-0.44 1:0.12 2:-0.38 4:-0.19 6:0.55
b:been_trained 5:0.14
b:been_updated 2:0.19 6:-0.22
b:been_waiting 0:-0.3 6:0.31
b:been_warned 2:0.15 4:0.11 5:-0.17 11:0.11
b:been_with 0:0.21 1:-0.13
b:beer_garden 5:-0.24
b:before_a 1:-0.13 3:0.33 6:0.13
b:before_and 0:-0.12 5:0.14
b:before_anyone 0:-0.16 4:0.2
b:before_doing 1:-0.33 2:-0.12 4:0.37 6:0.14
b:before_every 5:0.21
b:before_he 0:0.14 5:-0.3 6:0.17 10:0.14
b:before_i 0:0.44 2:0.13 4:-0.25 5:0.32
b:before_id 1:0.21 2:0.13 5:-0.13 6:-0.19 7:0.15 13:0.12
b:before_it 0:-0.18 4:-0.34
b:before_leaving 0:0.15 5:-0.15 10:0.21
b:before_lunch 0:0.55 5:-0.14
b:before_moving 1:0.21
b:before_my 0:0.13 2:-0.12 6:-0.1
b:before_she 1:-0.2 9:0.11
b:before_someone 9:-0.15
b:before_starting 0:-0.15 4:-0.22
b:before_the 0:0.22 1:-0.37 5:0.16 13:-0.22
b:before_to 2:-0.1 6:0.15
b:before_touching 1:-0.15
b:before_we 1:-0.18 5:0.21
b:before_with 2:-0.14 6:0.17 13:0.13
b:beforehand_to 5:0.14 6:0.2 13:0.11
b:behalf_of 6:-0.2
b:behind_a 1:-0.29
b:behind_and 5:0.11
b:behind_it 0:-0.12 1:0.21
b:behind_schedule 0:0.1
b:behind_the 0:0.3 1:0.27 2:0.19 5:-0.27 9:0.12
b:being_asked 2:-0.14 5:-0.12
b:being_four 1:0.28
b:being_given 5:0.14
b:being_offered 6:-0.11
b:being_passed 6:0.17
b:being_seen 1:-0.14
b:being_shouted 0:-0.16
b:being_told 0:0.31 2:0.13 5:0.11 7:-0.13
b:believe_it 0:0.25 1:-0.12 6:-0.14 7:0.19 12:0.11
b:best_carbonara 5:0.17
b:best_chippy 0:0.34 5:0.14
b:best_fade 5:0.11 12:0.21
b:best_full 5:0.2
b:best_in 3:-0.47 5:0.39 6:-0.15 11:-0.14
b:best_ive 2:-0.18 5:0.25 6:0.12
b:best_thing 2:-0.12
b:best_value 4:0.96 5:-0.65 11:0.29
b:best_way 5:-0.12
b:better_than 0:0.17 1:-0.59 2:0.19 3:0.21 5:0.62 9:0.12 12:0.27
b:between_8 0:0.11
b:between_customers 3:0.14
b:between_departments 6:0.17
b:between_every 10:-0.13
b:between_four 0:0.13 2:-0.16 6:0.13
b:between_the 1:-0.18 2:0.11 6:0.25
b:bien_! 1:-0.2 5:0.16
b:big_chains 5:-0.19
b:big_diy 4:-0.1
b:big_shop 2:0.13
b:big_supermarket 6:-0.13
b:biggest_complaint 5:0.11
b:biggest_issue 1:-0.15 5:0.11 6:-0.19
b:bike_shop 5:0.18
b:bikes_have 5:0.13
b:bill_at 0:-0.13 1:0.15
b:bill_came 3:0.11
b:bill_for 4:-0.18
b:bill_had 6:-0.13
b:bill_is 5:-0.17 6:0.24
b:bill_made 4:0.28 5:-0.3
b:bill_matched 6:0.24
b:bill_of 1:-0.2
b:bill_was 0:0.11 1:-0.35 4:0.53 5:-0.28
b:bill_went 1:0.18
b:bill_without 5:0.42 12:-0.15
b:bills_in 4:-0.19
b:bin_collection 2:0.25 5:-0.31
b:bin_day 3:-0.12 6:0.12 13:-0.15
b:bin_men 1:-0.16 5:0.58
b:bin_was 0:-0.23 1:0.16
b:bins_are 4:-0.22 5:0.28
b:bins_at 5:0.26
b:bins_not 5:0.32 12:-0.17
b:bins_out 5:-0.28
b:bins_overflowing 3:0.22 5:-0.49
b:bins_were 1:0.1
b:bird_seed 5:0.32
b:birthday_cake 0:0.13 6:-0.23
b:bit_brusque 1:0.11
b:bit_dear 11:-0.12
b:bit_grubby 6:0.11
b:bit_more 0:0.12 2:-0.12 3:-0.13 4:0.16 5:-0.2 11:0.16
b:bit_of 3:0.22 4:-0.28 5:-0.61 6:-0.13 10:0.15
b:bit_offhand 0:0.13 1:0.13
b:bit_pricey 5:0.16 6:-0.2
b:bit_rough 0:-0.25 1:-0.32 5:0.58 12:-0.22
b:bit_tired 0:0.11 5:0.1
b:blame_the 1:0.11
b:blames_the 0:-0.18 2:0.46 5:0.33 6:-0.1 9:-0.13
b:bled_for 0:-0.17 5:0.19
b:bless_him 1:0.17
b:bless_them 1:-0.25
b:bloke_at 1:0.47 5:-0.1
b:bloke_who 0:-0.22 2:0.11 5:-0.12
b:blood_on 2:0.2 8:0.13
b:blood_pressure 2:0.21
b:blood_test 0:0.43 1:-0.19 5:-0.14 6:-0.11 7:0.19
b:blood_tests 2:0.12 6:-0.25
b:blow_dry 0:-0.19 1:0.12 4:0.11 5:-0.34 11:0.12 12:-0.12
b:bogs_were 3:0.13
b:boiler_and 2:-0.11 6:-0.12
b:boiler_cover 0:0.11
b:boiler_engineer 2:-0.1
b:boiler_man 1:0.26
b:boiler_was 2:0.12 5:-0.21
b:boilers_been 0:0.2
b:bone_dry 2:-0.16 12:0.3
b:book_a 6:-0.16
b:book_in 0:0.47 7:-0.11
b:book_inside 1:-0.16
b:book_online 6:0.19
b:booked_a 2:-0.14 3:0.12 4:0.12 12:0.13
b:booked_an 5:0.26
b:booked_in 0:-0.28 1:-0.14 2:0.2 5:-0.14
b:booked_my 5:0.37
b:booked_online 0:0.11 5:-0.1
b:booked_slot 5:0.18
b:booked_the 0:0.14 5:0.11 6:0.11
b:booked_us 0:-0.11 1:-0.29
b:booking_app 0:-0.15 6:0.16
b:booking_confirmation 6:0.5
b:booking_fee 4:0.14
b:booking_is 0:0.12
b:booking_line 0:0.29
b:booking_system 2:-0.15
b:booking_them 5:0.1
b:booking_was 0:-0.3
b:books_and 2:0.27 5:-0.16
b:borrowers_tell 0:0.14
b:both_of 4:0.1
b:both_times 0:-0.17
b:bothered_to 2:0.17
b:bottle_of 3:0.3 4:0.16 5:-0.29
b:bought_a 0:0.11 2:-0.11 5:0.59 6:0.12
b:bought_it 0:0.16
b:bought_three 5:0.38
b:box_soaked 1:-0.16
b:box_that 5:-0.39
b:box_to 0:0.31
b:boxes_and 5:0.15
b:brakes_were 1:-0.13 2:0.39 5:-0.12
b:branch_and 5:-0.13
b:branch_are 5:0.13
b:branch_have 0:-0.16
b:branch_on 0:0.2
b:branch_staff 1:0.19 2:-0.12 3:-0.15
b:branch_to 13:-0.18
b:branch_was 6:0.11
b:brand_new 0:0.39 2:-0.12 3:0.23 4:0.11 5:0.24 7:0.12 12:0.17
b:bread_and 1:0.17
b:bread_was 1:-0.11
b:break_from 0:-0.18
b:break_in 1:0.11
b:break_room 0:-0.24
b:breakfast_was 2:-0.15 3:0.12 6:0.12
b:bridal_suite 3:0.23 6:-0.12
b:bright_and 3:0.14 4:0.11
b:brilliant_and 0:-0.12 12:0.15
b:brilliant_at 1:-0.12 2:0.44 9:0.12
b:brilliant_customer 0:0.13
b:brilliant_from 0:0.18
b:brilliant_with 0:0.13 1:0.14 5:-0.19
b:bring_it 6:-0.13
b:bring_the 0:0.15
b:bringing_back 5:0.2
b:broadband_company 6:-0.1
b:broadband_helpline 5:-0.17
b:broadband_support 1:-0.13 2:-0.1 6:0.31
b:broadly_positive 1:0.13 13:0.11
b:broken_a 0:0.19 5:-0.1
b:broken_half 5:-0.24
b:broken_in 5:0.18 6:0.32 12:-0.11
b:broken_streetlight 0:0.23 5:-0.14
b:broken_wrist 0:0.11 5:-0.25
b:brought_back 1:-0.28 6:0.13 12:0.2
b:brought_in 3:0.17
b:brought_it 1:0.14 2:-0.11
b:brought_the 5:-0.28 10:0.13
b:brown_water 0:0.15 5:0.38 7:-0.1
b:budget_hotel 5:0.18 11:0.17
b:builder_quoted 0:0.17 3:0.1
b:builder_said 0:0.19 6:0.13
b:building_society 0:-0.16 2:0.2 4:0.14 5:-0.21
b:built_up 1:0.21
b:bulky_waste 4:-0.31 5:0.16 6:-0.15
b:burnt_pizza 1:-0.36 5:0.29
b:burst_pipe 0:0.27
b:bus_driver 0:-0.1 1:0.33
b:bus_route 3:0.1
b:business_customers 5:-0.14
b:business_travellers 0:0.2 5:0.15 6:0.1
b:but_a 5:-0.13
b:but_after 5:-0.24
b:but_at 12:-0.15
b:but_clean 4:-0.12
b:but_clearly 1:0.15
b:but_clueless 2:0.27
b:but_couldnt 0:-0.11
b:but_customers 3:-0.47 11:0.13
b:but_didnt 2:0.14
b:but_had 0:0.43 1:0.11 2:-0.13 5:-0.12 6:0.19
b:but_half 1:0.28 2:-0.21 8:-0.13
b:but_he 0:-0.2 1:0.24 5:-0.58
b:but_hes 2:-0.27
b:but_honestly 0:-0.15 2:-0.12 4:0.16 5:-0.24 8:0.11 11:0.1
b:but_i 0:0.25 1:0.24 2:-0.35 3:-0.18 5:0.52 6:0.16 7:-0.14 12:-0.14
b:but_id 2:-0.16 4:0.25 5:0.19 6:0.36 12:-0.1
b:but_ill 0:0.11 6:-0.13
b:but_im 1:0.13 4:0.11 5:0.13
b:but_it 2:-0.23 4:-0.3 5:0.14 7:0.12 12:0.14
b:but_its 5:-0.21
b:but_ive 5:-0.14 6:-0.12
b:but_left 0:0.13 3:0.29 5:0.36 12:0.3
b:but_many 6:0.16
b:but_most 5:-0.14
b:but_mostly 1:-0.15 6:-0.11
b:but_my 2:0.11 3:0.14
b:but_no 4:-0.13 5:0.1 6:-0.17
b:but_nobody 4:-0.13 6:-0.15
b:but_not 5:0.19 12:-0.17
b:but_nothing 5:-0.16
b:but_omg 5:0.2
b:but_only 0:0.19
b:but_said 0:-0.12 5:-0.16
b:but_several 5:-0.39
b:but_she 1:-0.11 2:0.1 5:-0.43 6:0.11 8:-0.13
b:but_slow 1:-0.16 5:-0.31
b:but_still 1:-0.24
b:but_talked 1:0.29 6:0.13
b:but_that 1:-0.12 2:0.23 5:0.11
b:but_thats 1:-0.1 4:-0.32 5:-0.22 6:-0.12
b:but_the 0:0.1 1:-0.11 3:0.45 4:0.87 5:1.12 6:0.22 7:-0.23 9:0.25 11:-0.32 12:-0.15
b:but_there 1:0.13
b:but_theres 0:-0.16 3:0.19
b:but_they 0:-0.14 1:0.62 3:0.42 4:0.27 5:0.45 6:0.36 8:0.11 11:0.15 13:0.13
b:but_theyre 1:0.2 4:0.24
b:but_two 2:0.18 3:-0.17
b:but_we 1:-0.14 2:0.1
b:but_were 5:0.17
b:but_when 0:0.23 1:-0.4 2:0.18 6:-0.15 9:-0.11
b:but_worth 2:0.11
b:but_£ 3:-0.22 5:0.46 12:0.46
b:buy_a 0:-0.11 4:-0.1
b:buying_a 3:-0.13 4:-0.1
b:by_10 5:-0.14
b:by_11 5:0.12
b:by_2 6:0.33
b:by_3 1:0.1
b:by_4 2:0.29 5:0.12
b:by_5 6:-0.11
b:by_8 0:0.11 6:-0.32
b:by_9 3:0.19 8:0.12
b:by_a 1:-0.12 3:0.31 6:-0.15 12:-0.19
b:by_almost 10:0.14
b:by_email 0:-0.18 6:0.26
b:by_far 6:0.11
b:by_friday 0:0.22 2:-0.14 5:0.11 6:-0.11
b:by_half 0:0.13 5:0.13
b:by_hand 0:-0.12 1:-0.14 3:0.21 5:-0.3
b:by_heart 1:-0.14 2:0.11 5:0.21
b:by_line 6:0.14
b:by_lunch 0:0.23
b:by_most 6:0.29
b:by_name 1:0.55 2:-0.39 8:0.15 13:0.11
b:by_one 0:0.1 4:0.13 5:-0.11
b:by_our 2:0.21
b:by_someone 0:-0.23
b:by_step 2:-0.16 6:0.35
b:by_sunday 5:0.12
b:by_text 0:0.16 1:0.18 5:-0.13 6:0.14
b:by_the 0:-0.28 1:-0.31 3:-0.2 5:-0.24 6:-0.24 10:-0.27 11:0.11
b:by_tuesday 0:0.17 5:-0.22
b:by_two 2:0.17
b:by_which 1:0.27 7:-0.14
b:cabin_crew 0:0.1
b:cafe_is 5:0.11 12:-0.14
b:café_were 0:-0.13 5:0.17
b:cake_arrived 1:-0.17 5:-0.37
b:cake_was 5:0.13 6:-0.28
b:call_back 0:-0.19 2:-0.14 6:0.25 13:-0.12
b:call_centre 0:-0.15 1:0.23 4:0.22 11:0.11
b:call_either 0:0.14 6:0.1
b:call_from 0:-0.12
b:call_is 0:0.19 6:-0.17
b:call_me 0:-0.81 1:-0.18 6:0.26
b:call_out 4:0.12 5:0.46 11:-0.13
b:call_to 0:-0.11 1:0.16
b:call_within 2:-0.17 5:-0.15
b:call_you 0:-0.16 6:0.21
b:callback_from 0:-0.29 6:0.29
b:callback_slots 0:0.11
b:called_about 0:0.33 5:0.13
b:called_back 0:-0.13 6:0.15
b:called_it 5:-0.1 6:0.14
b:called_me 2:-0.16
b:called_to 0:0.11
b:calling_the 2:0.32
b:calling_them 0:0.12
b:calls_are 2:-0.15 6:0.14
b:calls_for 5:0.13
b:calls_from 1:-0.13 6:0.11
b:calls_have 4:-0.17 5:-0.13 6:0.25 13:0.14
b:calls_under 0:-0.18 1:0.42 6:-0.16
b:calm_and 0:0.11 3:-0.26 5:-0.21
b:came_a 0:0.13
b:came_at 0:0.25 5:-0.17
b:came_back 1:-0.14 2:0.29 5:-0.11
b:came_by 5:0.14
b:came_clean 0:-0.31 1:-0.14 4:0.34
b:came_for 4:-0.15 5:-0.16
b:came_home 5:0.16
b:came_in 0:-0.43 1:0.19 2:0.15 5:-0.67 11:0.15 12:0.23
b:came_off 0:-0.24
b:came_on 0:-0.11 12:-0.1
b:came_out 0:-0.24 1:0.26 3:0.16 5:0.33 6:-0.13
b:came_round 0:0.15 2:0.11 6:-0.18
b:came_through 0:0.17
b:came_to 0:0.18 5:-0.1 6:0.12
b:came_up 1:-0.1 4:-0.12 5:0.36
b:came_with 0:0.16 6:0.21
b:came_within 0:-0.21 5:0.11 6:0.16
b:can_actually 13:0.12
b:can_answer 2:-0.12 6:0.15
b:can_do 2:0.17 3:-0.2 4:-0.1 6:-0.15
b:can_finally 5:0.25 6:-0.17
b:can_get 5:-0.49
b:can_give 0:0.16 6:0.12
b:can_never 0:0.4
b:can_say 0:-0.24 1:-0.21 3:0.14 5:-0.11 11:0.13
b:can_see 3:0.19 5:-0.32 6:0.11
b:can_tell 0:-0.28 1:0.31 5:-0.12 6:0.17
b:can_wait 5:0.19 6:0.17
b:can_we 0:-0.22 5:-0.19
b:cancelled_by 0:0.13
b:cancelled_from 6:0.17
b:cancelled_my 4:-0.16 5:-0.13
b:cancelled_on 0:0.29 1:-0.35 4:-0.14 5:0.23
b:cancelled_three 5:-0.11
b:cancelling_my 0:0.12
b:cant_answer 2:0.29
b:cant_argue 1:0.18 4:0.32 5:-0.15 11:0.26
b:cant_ask 0:0.12 5:0.11 6:0.13 13:0.14
b:cant_beat 5:-0.12
b:cant_believe 0:0.14 4:0.31 6:-0.14
b:cant_complain 0:-0.14 4:0.23 5:0.11
b:cant_fault 1:0.26 2:-0.17 4:-0.11 12:0.11
b:cant_go 1:-0.1
b:cant_really 3:-0.15
b:cant_say 0:0.13 5:-0.44 8:0.19
b:cant_see 0:-0.14 5:0.31 6:0.14
b:cant_tell 2:0.43 4:-0.14 6:-0.24 9:-0.15
b:cant_wait 0:-0.12
b:cant_warn 5:0.16
b:cant_work 6:0.26
b:cant_write 6:0.14
b:canteen_food 0:-0.25 5:0.3
b:canteen_has 5:-0.22
b:canteen_prices 4:-0.71
b:car_and 2:-0.28 3:0.18 4:-0.24 6:0.4
b:car_dealer 1:0.33
b:car_for 0:0.21
b:car_from 5:-0.17
b:car_hire 5:0.21
b:car_in 1:0.15 5:0.18 8:0.12
b:car_itself 5:0.15 12:0.1
b:car_park 1:-0.51 4:0.16 5:-0.14 6:-0.33
b:car_was 2:0.22 5:-0.26 13:-0.12
b:car_wash 3:-0.28 4:0.12 5:0.22
b:card_and 5:0.51
b:card_for 0:0.26 1:-0.11 2:-0.18 3:0.16 6:0.19
b:card_machine 5:-0.21
b:card_reader 1:-0.24
b:card_twice 4:-0.12 5:-0.12
b:care_about 5:-0.12
b:care_home 0:-0.16 1:-0.39 5:0.18 6:0.23 12:0.11
b:care_plan 6:0.13
b:cared_less 1:0.12 2:-0.12 5:-0.11
b:careful_with 1:-0.2 3:0.21 5:0.31
b:carpet_and 5:-0.16
b:carpet_in 5:-0.1
b:carried_it 0:0.11 1:0.26 3:0.21
b:carrier_bags 5:-0.1 11:-0.23
b:cars_been 2:-0.18 5:0.16 6:0.38
b:cars_were 0:0.11 2:0.19
b:case_was 2:-0.17 5:-0.11 13:0.1
b:cashier_was 1:0.15 5:-0.25 6:-0.16
b:cat_was 1:-0.17 2:0.29
b:centre_and 2:0.23
b:centre_cafe 3:0.1 5:-0.31
b:centre_changing 1:-0.18
b:centre_charges 5:-0.2
b:centre_desk 0:0.18 1:0.11
b:centre_for 6:0.17
b:centre_had 2:-0.22
b:centre_is 1:0.19
b:centre_was 0:0.58 1:-0.42
b:ceremony_room 5:-0.4
b:chairs_and 5:-0.11
b:change_a 4:0.1
b:change_fee 4:0.11
b:change_to 5:0.13
b:changed_suppliers 5:0.23
b:changed_the 6:-0.15
b:changes_and 2:0.1
b:changes_so 4:-0.14
b:changes_the 2:-0.28 6:0.3
b:changes_were 6:-0.28
b:changing_rooms 1:-0.2 2:0.11 3:0.46 5:-0.25 10:-0.14 11:0.11
b:changing_the 6:-0.18
b:chaos_because 6:-0.14
b:chap_at 1:0.13
b:chap_in 1:0.23 2:0.17
b:charge_for 1:-0.25 2:-0.15 4:0.43
b:charge_is 2:-0.16
b:charge_£ 1:0.22 5:-0.1
b:charged_a 0:-0.12 5:-0.19 6:-0.15
b:charged_exactly 5:0.11
b:charged_for 0:0.22 4:0.54 5:-0.11 6:0.34 11:-0.13
b:charged_less 1:0.1
b:charged_me 0:-0.27 1:-0.17 2:0.21 4:0.44 5:0.17 6:-0.5 11:0.15
b:charged_my 5:-0.14 6:0.12
b:charged_twice 2:-0.36 4:-0.15 5:-0.17 6:-0.1
b:charged_us 3:-0.18 4:0.27
b:charged_£ 3:0.13 5:0.51 6:-0.12 11:-0.15
b:charges_and 5:0.45
b:charges_for 1:-0.12 2:0.13
b:charging_£ 0:-0.14 3:-0.11 4:0.19 5:0.19
b:chase_every 7:-0.23
b:chase_the 4:-0.11
b:chase_them 6:0.16 13:0.13
b:chased_it 5:-0.11
b:chat_about 1:0.24 2:-0.13
b:chat_agent 6:0.11
b:chat_and 5:0.32 8:-0.15
b:chat_bot 0:0.14 6:0.27 13:-0.13
b:chat_support 0:0.11 6:0.1
b:chat_with 1:-0.18 2:0.21
b:chatting_about 1:0.35
b:chatty_and 1:0.13
b:chatty_but 1:-0.23
b:cheap_and 4:0.21 5:0.24 11:0.14 12:0.14
b:cheap_as 4:0.23 5:-0.5 11:0.32
b:cheap_at 2:0.11 5:-0.35 11:-0.12
b:cheap_but 1:-0.11 4:0.16 5:0.49
b:cheap_n 5:0.3
b:cheap_plastic 0:-0.17 5:0.32 12:-0.1
b:cheap_rubbish 5:0.13
b:cheap_tiles 5:-0.11
b:cheaper_model 2:0.13
b:cheaper_than 4:0.3 11:0.26
b:cheaper_to 11:-0.25
b:cheapest_but 1:0.2 2:-0.15
b:cheapest_i 4:0.21 7:0.11
b:cheapest_mot 11:0.1
b:cheapest_pint 5:0.21
b:cheapest_quote 12:-0.13
b:check_and 0:0.28 1:0.28 4:-0.11 6:-0.15
b:check_i 6:0.33
b:check_in 0:0.44 1:0.26 2:-0.34 4:0.4 5:0.35 6:-0.1 12:-0.18
b:check_it 0:-0.13
b:check_on 1:-0.44
b:check_stock 6:0.17
b:check_the 2:0.29 6:-0.15
b:check_we 2:0.11 6:-0.16
b:check_with 5:0.2
b:checked_every 0:-0.16 1:0.2
b:checked_in 6:0.11
b:checked_twice 3:0.31
b:checked_with 1:-0.15 2:0.37
b:checkout_at 0:0.11
b:checks_every 3:0.1
b:cheerful_and 1:-0.21 5:-0.15
b:cheers_for 0:-0.19 5:0.14 6:0.19
b:cheers_lads 0:0.27
b:chef_came 1:0.26
b:chemist_counter 1:-0.34
b:cher_for 5:-0.13
b:chest_infection 2:0.18
b:chewing_cardboard 5:0.12
b:chewing_gum 1:-0.53 5:-0.1
b:chicken_was 1:-0.11 3:-0.13 5:0.43
b:childrens_centre 0:-0.12
b:childrens_corner 3:0.2
b:chipped_a 1:0.14 2:-0.12
b:chipped_the 0:-0.25 5:0.16
b:chips_and 0:-0.18 5:0.42
b:chips_for 5:-0.17
b:chips_were 5:0.47 6:-0.17 12:-0.27
b:choose_a 5:0.12 6:-0.12 12:0.12
b:christmas_eve 6:-0.13
b:christmas_jumpers 1:-0.78
b:chunk_out 0:0.19 5:0.12
b:church_hall 0:0.11
b:cinnamon_buns 4:0.13
b:claim_for 12:0.1
b:claims_discount 4:0.39 6:-0.2
b:claims_handler 1:0.12
b:claims_handlers 2:-0.11
b:class_instructor 1:-0.17
b:class_was 0:-0.43
b:classes_are 0:0.16 5:0.42
b:clean_about 0:-0.3 1:-0.11 4:0.36 6:0.17
b:clean_and 1:0.18 3:0.3 4:0.25 6:-0.1 8:0.12 10:0.13 11:-0.19
b:clean_bill 1:-0.2
b:clean_break 0:-0.2 4:-0.12 6:-0.11
b:clean_but 5:0.18
b:clean_in 1:-0.11 2:0.28 5:-0.12
b:clean_rooms 1:0.21 2:0.15 5:0.24
b:clean_sweep 0:-0.19 3:-0.14
b:clean_that 6:-0.17
b:clean_the 1:-0.21
b:clean_up 0:-0.13 3:-0.36 5:-0.15
b:cleaned_and 1:0.16
b:cleaned_every 5:0.16 10:0.2
b:cleaned_me 4:0.19 5:-0.44 6:-0.12 11:-0.17
b:cleaned_my 3:-0.47
b:cleaned_once 10:-0.13
b:cleaned_since 3:-0.12
b:cleaned_twice 0:-0.24
b:cleaned_up 0:0.11 1:-0.14 3:0.89 5:-0.17 10:0.12
b:cleaner_at 1:0.23 3:-0.21
b:cleaner_does 3:0.52 5:-0.48
b:cleaner_for 1:0.1 3:-0.13 5:-0.11
b:cleaner_than 1:0.14 2:-0.13 3:0.34 4:-0.15 5:-0.13 7:-0.12 10:0.2
b:cleaner_was 3:0.14
b:cleaners_hours 2:0.29 5:-0.13
b:cleanest_theyve 1:-0.11
b:cleaning_at 1:-0.15
b:cleaning_contract 2:-0.12 10:0.14
b:cleaning_the 5:-0.13 10:-0.21
b:cleanliness_of 5:-0.11
b:clear_and 1:0.11 2:-0.14 3:-0.12 4:-0.14 6:0.45 13:0.32
b:cleared_up 2:0.29 5:-0.29
b:clearer_about 5:-0.1
b:clearly_and 0:-0.1 1:0.46 2:-0.2 5:-0.12 6:0.14
b:clearly_couldnt 2:-0.1
b:clearly_didnt 0:0.13 1:0.26
b:clearly_had 1:0.65 5:0.29 8:-0.11
b:clearly_knew 2:0.22 4:0.11
b:clearly_know 6:0.11
b:clearly_knows 1:-0.48
b:clearly_new 2:0.28
b:clearly_read 2:0.12
b:clearly_wanted 6:-0.11
b:clerk_was 5:-0.25
b:clients_can 0:-0.18 1:0.14
b:clients_have 2:0.24 5:0.18 6:-0.11
b:clients_keep 11:-0.14
b:clients_love 6:0.14
b:clinic_and 4:-0.19
b:clinic_as 8:0.11
b:clinic_charging 3:-0.1 5:0.34
b:clinic_was 1:0.1 3:0.11 5:0.15
b:clinical_care 5:0.18
b:clocking_in 0:-0.31
b:closed_at 0:-0.12
b:club_coach 1:0.19
b:club_is 5:0.11
b:club_sandwich 0:0.13
b:clue_about 1:0.28 2:0.19 5:-0.17
b:clue_what 0:0.1 1:-0.38
b:clued_up 2:0.16
b:clueless_staff 2:0.21
b:clutch_and 3:0.2
b:coach_is 1:0.29 5:-0.14
b:coat_with 3:-0.16
b:coffee_is 5:0.19
b:coffee_rings 2:0.11
b:coffee_tasted 5:0.1
b:coffee_was 5:-0.24
b:cold_and 0:-0.27 1:0.37 5:0.21 8:-0.16 12:-0.1
b:cold_by 0:-0.15 8:0.12
b:cold_for 6:0.16
b:cold_n 3:-0.13
b:cold_staff 5:0.31
b:cold_waiting 0:0.48
b:cold_when 1:0.12
b:colleagues_are 1:0.13
b:collect_them 1:-0.14
b:collect_was 0:-0.19
b:collected_3 5:0.21 12:-0.12
b:collected_it 0:0.32 5:-0.23 7:-0.12
b:collected_myself 4:0.15
b:collection_days 5:-0.29 6:-0.13
b:collection_inside 5:-0.1
b:collection_was 0:0.11
b:collections_had 3:-0.12 6:0.11
b:colour_came 2:0.13 5:0.34
b:come_again 5:-0.13
b:come_and 5:0.27 12:-0.1
b:come_back 0:0.19 3:0.11 5:0.37 12:0.2
b:come_between 0:0.2 6:-0.1
b:come_home 5:0.21
b:come_in 1:-0.18 2:-0.21 6:0.39
b:come_on 5:0.34
b:come_round 2:-0.17
b:come_through 4:-0.11 5:-0.14
b:come_thursday 0:0.23
b:come_to 6:0.12
b:comes_from 2:0.35
b:comes_in 0:-0.15 6:0.15
b:comfortable_with 10:-0.14
b:coming_back 0:-0.19 1:0.23 5:-0.25 12:0.13
b:coming_for 5:-0.2 6:0.1 11:0.12
b:coming_out 0:0.14 5:0.44 7:-0.1
b:comment_on 0:-0.24 2:-0.14
b:comment_that 5:-0.12
b:commented_that 2:0.12 5:0.15
b:commenting_on 10:0.19
b:commenting_that 0:0.16 5:0.2
b:comments_about 3:0.22
b:commission_structure 6:-0.13
b:communication_from 6:0.25
b:community_centre 2:0.31 5:-0.29
b:company_in 5:-0.22
b:company_to 4:-0.29 6:-0.11
b:compared_the 11:-0.12
b:compared_to 4:0.12 5:-0.16 6:0.1
b:compared_well 11:0.1
b:compared_with 0:0.11 1:-0.11
b:complain_about 3:0.18 6:-0.26
b:complain_that 6:0.15
b:complain_to 5:0.31 6:-0.16
b:complaining_about 2:-0.14
b:complaining_that 7:-0.12 13:0.14
b:complaining_the 0:0.1 2:0.28 3:-0.18 5:-0.15
b:complaint_about 0:0.13 12:0.14
b:complaint_concerned 2:0.12
b:complaint_is 0:0.13 2:-0.11 4:0.1
b:complaint_regarding 6:0.15
b:complaint_was 5:-0.1
b:complaints_about 2:-0.11 7:0.17 10:0.21 13:0.11
b:complaints_at 5:-0.14
b:complaints_have 5:0.14 12:0.12
b:complaints_i 0:0.19 2:0.3 4:-0.17 5:-0.13 6:0.21
b:complaints_that 1:0.17 6:-0.14
b:complaints_this 4:0.13 6:0.25
b:complimentary_about 4:-0.13
b:complimentary_hair 4:-0.21
b:complimenting_the 1:-0.13 5:0.16
b:computer_shop 6:0.16
b:computer_store 0:0.11
b:computers_are 5:0.17
b:confirm_the 3:0.1 5:0.23
b:confirmation_email 2:0.26
b:confirmed_it 2:0.14
b:confusing_and 2:-0.15 13:-0.17
b:connection_has 1:0.12
b:consensus_that 4:0.17
b:consensus_was 0:0.14 5:0.14
b:consultant_was 1:-0.11 6:0.14
b:consulting_room 1:0.12
b:contact_centre 1:0.13 2:-0.12 5:0.28 6:0.11
b:contact_lens 5:-0.13
b:contacts_across 5:-0.2
b:contained_nuts 2:0.14 5:-0.13
b:contract_i 1:0.25 5:-0.14
b:contract_the 2:-0.12
b:contract_was 5:-0.11 6:0.15 11:-0.1
b:contradicted_the 0:0.11 2:0.14
b:cook_the 2:0.1 5:0.13 9:0.1
b:cooking_and 0:-0.24 2:0.25 5:0.28 6:-0.23
b:copy_of 0:0.12
b:corporate_chain 0:0.1 6:-0.12
b:corrected_my 1:-0.27
b:cost_before 4:-0.19
b:cost_me 5:0.25 11:-0.1
b:cost_more 1:-0.11
b:cost_of 2:0.26 4:-0.37 5:-0.2
b:cost_£ 2:-0.14 4:0.27 5:0.17 11:-0.16
b:costs_at 4:0.19
b:costs_£ 5:0.16
b:could_do 0:0.1 2:0.12 3:0.26 6:-0.13 11:0.11
b:could_eat 0:0.11 3:0.1 10:0.11
b:could_explain 2:0.12 4:-0.17 6:-0.13
b:could_find 4:-0.28 5:0.26 7:0.11 10:-0.18
b:could_follow 1:-0.19 2:0.22
b:could_have 2:0.25 6:-0.13
b:could_not 1:-0.18 2:0.12
b:could_see 0:0.21 5:-0.2
b:could_take 1:0.21 2:0.21 6:-0.18 9:0.23
b:could_tell 0:0.29 1:-0.1 6:-0.16
b:could_turn 0:-0.26
b:could_understand 6:0.2
b:could_wait 1:-0.18 5:-0.2 6:0.23
b:could_win 4:-0.16
b:couldnt_answer 2:0.17 6:0.1 9:-0.11
b:couldnt_ask 2:-0.1 6:0.15
b:couldnt_be 2:0.13
b:couldnt_believe 0:0.11 1:-0.12 5:0.12 7:0.11 12:0.11
b:couldnt_complain 11:0.11
b:couldnt_do 4:0.11 5:0.12 8:0.13
b:couldnt_fault 1:-0.28
b:couldnt_find 0:0.14 1:0.28 2:0.13 5:-0.25
b:couldnt_have 1:0.45 2:-0.41 3:-0.14
b:couldnt_see 1:-0.24 2:-0.17 3:0.26 5:0.29
b:couldnt_tell 0:-0.26 2:0.33 5:-0.58 9:-0.17
b:couldve_been 0:-0.14 2:0.18
b:council_about 0:0.28 5:0.21 6:-0.24
b:council_finally 3:-0.25
b:council_has 5:0.26
b:council_kept 12:0.14
b:council_office 2:-0.13
b:council_tax 0:-0.21 4:0.2 6:0.15
b:council_took 0:0.15 4:-0.27 5:0.29
b:council_website 5:-0.16
b:councils_letter 5:-0.28
b:councils_letters 2:-0.12
b:counter_and 5:-0.35
b:counter_anyway 5:0.54
b:counter_at 6:0.14
b:counter_didnt 1:-0.34
b:counter_for 0:0.12 1:0.12
b:counter_guy 2:0.13
b:counter_has 7:0.15
b:counter_is 1:0.26 2:-0.16 5:0.13
b:counter_knew 0:-0.14
b:counter_on 0:0.15 2:-0.13
b:counter_staff 0:0.27 1:-0.1 2:-0.18 5:-0.13 6:-0.16
b:counter_that 2:0.26
b:counter_told 1:-0.14 2:0.25 5:0.2
b:counter_was 2:-0.26 5:-0.18
b:counter_with 1:0.22 2:-0.14
b:counts_for 4:0.2
b:county_court 1:-0.17 6:-0.11
b:couple_of 0:0.15 1:0.11 2:0.15 4:-0.11 13:0.14
b:courier_just 1:-0.1
b:courses_for 5:0.2
b:courtesy_car 5:-0.33
b:cover_it 2:0.2
b:covered_in 3:0.17 5:-0.21 6:0.14
b:covering_the 0:0.21
b:crack_in 5:-0.18
b:cracked_and 0:-0.12
b:cracked_screen 0:0.26 5:0.38
b:cracking_job 5:-0.13
b:crashed_twice 0:0.19 5:-0.12 6:-0.15
b:crashes_constantly 5:0.16 6:-0.32
b:crashes_every 0:-0.17 5:-0.11
b:cream_carpet 5:0.22
b:credit_to 1:-0.17
b:credit_where 0:0.23 5:0.22
b:crept_up 3:0.11 4:0.18 5:-0.14 6:-0.16 11:-0.1
b:crew_were 0:0.13 1:-0.2
b:crews_are 5:0.12
b:cried_in 5:0.3
b:crisps_and 5:-0.19 11:0.14
b:crumb_left 3:-0.35 5:0.17
b:crumbs_from 5:-0.5
b:cupboard_cleaner 4:-0.12 5:0.14
b:curly_hair 5:0.21
b:current_account 2:0.14 4:0.23
b:curry_arrived 0:0.27
b:curry_was 5:0.21 6:-0.1
b:customer_asked 3:-0.16
b:customer_care 0:0.1 1:0.36
b:customer_for 5:-0.1 6:-0.18
b:customer_service 2:-0.25 3:-0.11 4:-0.13 5:-0.22
b:customer_services 2:0.14 5:0.25
b:customer_tell 1:0.2 2:-0.11
b:customer_toilets 0:-0.19 3:0.24 5:0.16 6:-0.13 10:-0.12
b:customers_actually 4:-0.17 6:0.18
b:customers_are 0:-0.15 1:-0.15 2:0.13 5:0.19 7:-0.12 10:-0.11
b:customers_arent 0:0.14
b:customers_ask 1:-0.1 2:0.67 6:0.29 9:-0.15
b:customers_at 2:-0.25
b:customers_can 6:-0.14
b:customers_cant 4:0.31
b:customers_dont 0:0.27 1:-0.14 6:0.19
b:customers_end 5:0.57
b:customers_get 0:0.19 1:-0.16 5:-0.12
b:customers_have 2:-0.11 3:0.32 6:0.15 9:0.18 13:0.13
b:customers_is 4:0.16
b:customers_just 1:-0.16 4:0.15
b:customers_keep 0:0.19 1:-0.21 5:0.21 6:-0.26 7:-0.17 11:-0.11 12:-0.29
b:customers_love 0:-0.21 2:0.17 4:-0.35 5:-0.12 6:0.41 12:0.17 13:0.23
b:customers_mention 3:0.28
b:customers_never 0:-0.13 3:-0.46
b:customers_notice 0:0.25 6:-0.25
b:customers_often 3:0.22 5:0.21 6:0.18
b:customers_on 0:-0.12 4:-0.19
b:customers_questions 2:-0.19
b:customers_rave 5:0.19
b:customers_ring 0:0.15 1:-0.11
b:customers_say 0:0.21 1:0.32 2:-0.21 3:-0.18 4:0.37 5:0.11 6:-0.1 13:-0.15
b:customers_stand 0:0.31
b:customers_still 10:0.19
b:customers_tell 4:0.18 11:0.18
b:customers_the 2:0.39 5:-0.25 6:-0.15
b:customers_this 1:-0.23
b:customers_were 1:-0.25 5:-0.13 6:-0.12
b:customers_when 1:0.38 2:-0.14 5:-0.14 6:0.16
b:customers_who 0:-0.11 3:-0.13 5:-0.21
b:customs_form 1:0.25
b:cut_and 0:0.13 1:0.15 3:0.1 5:-0.14 11:0.14
b:cut_curly 5:0.22
b:cut_me 0:0.21 5:-0.39 6:0.29
b:cut_off 0:0.13 5:-0.19 6:-0.32 7:-0.12
b:cut_our 0:-0.21 4:-0.35
b:cut_the 2:0.21 3:0.31 12:0.22
b:cut_to 0:-0.12 2:0.18 5:0.21 6:-0.11
b:cut_was 5:0.1
b:cuts_for 0:-0.13
b:cuts_were 5:0.14
b:dad_and 6:0.21
b:dads_care 6:0.12
b:damp_and 5:-0.16
b:damp_smell 5:-0.16 10:0.13
b:darkening_their 5:-0.14
b:das_essen 1:-0.18
b:date_and 0:-0.12 2:-0.13 5:-0.11
b:date_on 6:0.12
b:dated_but 4:-0.11 5:0.11
b:daughters_face 5:0.12
b:dave_at 1:-0.12 5:0.23
b:day_a 2:0.13
b:day_and 0:0.52 2:0.3 4:-0.39 6:-0.29 13:0.2
b:day_before 0:-0.23 5:-0.28 6:0.17 11:0.12 13:0.15
b:day_delivery 2:-0.24 7:-0.17 13:-0.14
b:day_early 0:0.15 5:0.19
b:day_for 4:0.12
b:day_had 13:-0.2
b:day_late 0:-0.18
b:day_off 0:0.2
b:day_one 2:0.35 3:-0.16 4:-0.15 5:0.15 9:-0.11 12:-0.11
b:day_surgery 0:0.17
b:day_they 0:0.12 3:0.12 6:-0.13 12:0.15
b:day_to 0:-0.11 1:0.25
b:day_two 1:0.15 2:-0.17
b:day_was 2:-0.17 3:-0.13
b:day_when 0:-0.12
b:daylight_robbery 0:-0.37 4:0.26 5:-0.1 11:-0.13
b:days_after 0:-0.12 7:0.24
b:days_ago 0:-0.32 6:0.48
b:days_and 0:0.4 5:0.13 6:0.14
b:days_before 0:-0.25 2:-0.11 4:-0.21 5:-0.19
b:days_for 1:0.19 2:-0.11 4:0.15 5:0.29 6:0.37 7:0.12
b:days_late 4:0.11 5:-0.22 6:-0.16
b:days_later 0:-0.42 2:0.19 4:-0.3
b:days_running 0:0.35
b:days_with 0:-0.1 5:0.23 7:-0.1
b:dead_cheap 5:-0.11
b:dead_handy 0:-0.13
b:dead_quick 0:0.1 3:0.25 5:0.13
b:dead_straight 5:0.12
b:deadlift_form 2:0.29 5:-0.16
b:deadlines_for 2:0.21
b:deal_with 0:0.14 1:-0.14 4:-0.41 5:-0.32
b:dealer_wanted 2:-0.13
b:dealt_with 0:0.43 3:0.21 6:-0.18 10:0.11
b:dear_for 4:0.12 5:-0.31 11:-0.15
b:decent_job 5:0.16
b:decent_of 1:0.17
b:decent_tho 1:0.11 5:0.12
b:deep_clean 4:0.14 5:-0.11
b:deep_cleaning 5:-0.13 10:-0.21
b:defo_be 5:-0.11
b:degree_to 1:-0.2 13:-0.13
b:delay_repay 5:0.21 7:0.16
b:deli_counter 1:0.17
b:delivered_it 1:0.41 5:0.33
b:delivered_to 0:-0.15 1:0.21 2:-0.12
b:delivered_with 0:-0.29 5:0.12 6:0.32 13:0.1
b:delivery_actually 2:-0.29
b:delivery_and 0:0.14 5:-0.23 7:-0.11
b:delivery_charge 0:-0.12 4:0.21
b:delivery_driver 0:-0.13 1:0.38 3:-0.13 5:0.21
b:delivery_fee 0:-0.14 6:0.15
b:delivery_fees 4:0.18
b:delivery_men 4:0.12 10:0.11
b:delivery_on 4:-0.15
b:delivery_slots 1:0.2 6:0.12
b:delivery_took 0:0.4 5:0.43
b:delivery_was 0:0.22
b:delivery_we 6:0.11
b:delivery_window 0:0.19 1:-0.14 6:0.13
b:delivery_would 0:-0.11 1:-0.12 2:-0.11 13:-0.1
b:dent_was 5:0.18
b:dental_practice 1:0.21 6:0.13
b:dental_practices 0:0.15
b:dentist_but 5:-0.2
b:dentist_explained 1:-0.44 4:-0.23
b:dentist_has 1:0.57 5:-0.16
b:dentist_is 0:-0.25 5:0.15 11:0.14 12:-0.15
b:dentist_never 6:-0.16
b:dentist_was 1:-0.13 5:0.62 6:0.24
b:department_is 6:-0.15
b:departure_lounge 5:-0.13
b:depending_on 0:-0.12 2:0.22 6:-0.23 9:0.13
b:deposit_and 0:-0.19
b:deposit_for 5:-0.11
b:deposit_of 0:0.2 2:-0.17 6:0.19
b:describe_the 1:0.11
b:described_as 1:-0.11 2:0.4 3:0.27 4:0.2 5:0.61 10:0.22 13:0.17
b:described_by 5:-0.14
b:described_the 0:-0.18 1:0.14 2:-0.31 3:-0.12 5:-0.42 6:0.37 12:0.11 13:-0.24
b:describing_it 0:-0.15
b:describing_staff 4:0.1
b:describing_them 2:0.15
b:designer_knew 0:0.14
b:desk_and 5:-0.19
b:desk_are 5:-0.2 6:0.13
b:desk_at 5:0.14
b:desk_could 2:0.22 6:-0.25
b:desk_for 5:0.14 6:0.15
b:desk_knew 1:0.29
b:desk_seemed 2:-0.16
b:desk_staff 4:-0.12 5:0.19
b:desk_was 1:0.19 2:-0.12 6:0.16
b:desk_were 0:-0.14
b:desk_while 1:0.38 2:-0.1
b:desk_with 0:0.19 1:-0.13
b:desk_woman 6:-0.1
b:desserts_off 6:-0.1
b:details_on 1:-0.11 3:0.12
b:diagnosed_my 9:-0.13
b:diagnostic_check 5:-0.16
b:diagnostic_kit 1:-0.16
b:did_a 0:0.32 5:1.13 12:0.2 13:-0.1
b:did_come 0:-0.2 2:0.1
b:did_get 6:-0.11
b:did_have 0:0.1
b:did_it 0:0.36 1:-0.16 2:0.16 4:0.15 5:-0.17 8:0.16
b:did_knock 1:0.13
b:did_my 4:0.11
b:did_not 1:0.18 4:-0.14 5:-0.13
b:did_ring 0:-0.15 6:0.18
b:did_see 5:-0.11
b:did_the 1:-0.18 2:-0.11 3:0.16 5:-0.21
b:did_what 1:-0.22
b:didnt_address 0:-0.1 6:0.15
b:didnt_answer 0:-0.18
b:didnt_charge 0:0.32 2:-0.18 4:0.19 5:-0.13 7:0.11 11:0.17
b:didnt_cost 4:0.11
b:didnt_even 1:0.41 5:-0.23 8:-0.33
b:didnt_expect 2:-0.12 3:0.25 6:0.27 10:0.11
b:didnt_feel 3:0.18
b:didnt_get 1:0.2 5:0.36
b:didnt_have 0:-0.15 1:-0.13 5:-0.11 6:-0.29 9:-0.13
b:didnt_just 1:-0.19 5:0.11 9:0.11
b:didnt_know 0:-0.16 1:-0.47 2:0.38 4:0.14 5:-0.29 6:-0.43 9:-0.15
b:didnt_leave 3:0.15
b:didnt_listen 1:0.13 6:0.15
b:didnt_look 0:-0.15 5:-0.17
b:didnt_make 5:-0.26
b:didnt_mind 3:-0.2 12:0.13
b:didnt_need 2:0.25 4:-0.18 9:0.29
b:didnt_really 2:0.2
b:didnt_rush 1:0.1 2:-0.15
b:didnt_say 1:-0.33 6:0.43
b:didnt_seem 2:0.26 9:-0.15
b:didnt_try 1:0.26 5:0.13 8:0.13
b:didnt_understand 1:0.28 5:-0.19
b:didnt_want 1:0.25
b:didnt_work 12:-0.15
b:died_after 0:-0.26 5:0.17 6:0.22
b:difference_between 0:-0.13 2:0.23 4:0.19 5:-0.25
b:different_about 0:0.14 2:-0.39 5:0.14 6:0.21
b:different_answer 2:-0.2 5:0.25
b:different_answers 1:-0.13 2:0.35 5:-0.1 6:-0.29
b:different_deadlines 2:0.21
b:different_from 0:0.17
b:different_people 2:0.13 5:-0.18
b:different_person 5:-0.13 6:-0.12
b:different_staff 2:0.15
b:different_story 1:0.12 4:0.12 6:-0.12 12:0.15
b:different_things 6:-0.2
b:dining_table 6:0.14
b:dinner_money 5:-0.1
b:dinosaur_hall 0:-0.13 5:0.17
b:direct_debit 4:0.22 5:-0.2
b:dirt_cheap 12:-0.11
b:dirty_cups 3:0.15
b:dirty_look 1:0.19 2:-0.13 5:-0.4 8:-0.11
b:dirty_tables 3:0.18 5:0.14
b:discharged_with 2:0.26
b:discount_for 1:0.38 5:0.13
b:discount_is 4:0.14
b:discussed_the 3:0.15 5:0.45
b:discussion_kept 1:-0.16
b:discussion_of 0:-0.3 6:-0.11
b:dishes_contained 2:0.14 5:-0.13
b:dishes_were 2:0.15 5:-0.2 6:0.1
b:dismissive_and 0:0.23
b:dispensary_fridge 5:-0.25
b:dissatisfaction_with 6:0.21
b:diy_place 2:0.12
b:do_a 1:-0.11 3:-0.19 11:-0.13
b:do_about 2:-0.16 5:0.1
b:do_and 6:-0.1
b:do_anything 1:0.24 2:-0.14 8:-0.14
b:do_enough 4:0.11 5:0.12 8:0.13
b:do_i 2:0.12 5:0.12 6:0.26
b:do_it 0:0.18 5:-0.18
b:do_next 1:0.16 2:-0.12 6:0.12
b:do_that 0:-0.1 6:-0.15
b:do_the 0:0.11 2:0.29 4:0.14 5:0.17
b:do_with 3:0.11 5:0.16 10:-0.11
b:doctor_didnt 0:-0.11 5:-0.15
b:doctor_rushed 1:0.17 6:0.36
b:does_a 2:0.16 5:0.33 6:-0.11
b:does_it 5:0.2
b:does_the 5:-0.83
b:doesnt_cover 0:0.16 2:0.13
b:doesnt_explain 2:-0.14 6:0.16
b:doesnt_help 1:-0.27 2:-0.16
b:doesnt_know 1:0.19
b:doesnt_listen 13:-0.11
b:doesnt_work 5:0.15
b:dog_died 1:0.35 4:-0.13
b:doing_a 5:-0.12
b:doing_and 5:0.26
b:doing_anything 4:0.21
b:doing_it 0:-0.21 5:-0.17
b:doing_my 1:-0.12
b:doing_the 4:0.18
b:dominated_discussion 0:0.19
b:done_and 1:-0.12 3:-0.18
b:done_before 0:0.35
b:done_by 5:-0.11
b:done_in 0:-0.13
b:done_it 2:0.25 5:0.21 6:-0.22
b:done_properly 5:0.13
b:done_the 0:0.47 4:0.11
b:done_to 5:0.12
b:done_with 0:-0.13 5:0.5
b:dont_have 0:0.13 4:0.13 5:0.3 6:0.32
b:dont_know 2:-0.32 6:0.41
b:dont_mind 0:-0.24 1:-0.14 5:-0.11
b:dont_no 6:-0.13
b:dont_think 4:0.27 6:-0.11
b:dont_understand 0:-0.12 5:-0.16 6:0.38
b:door_again 5:-0.14
b:door_and 0:-0.22 1:-0.22 3:0.15 6:-0.13
b:door_at 0:0.29 6:-0.14
b:door_by 1:0.11
b:door_hanging 5:0.12 12:0.13
b:door_in 0:-0.19 5:-0.19
b:door_on 0:-0.21 6:0.12
b:door_to 0:0.55 1:-0.17 5:0.49 7:0.13
b:dot_and 0:0.33 1:0.27
b:double_booked 5:0.44 6:-0.14
b:double_charged 0:0.28 6:0.11
b:double_what 5:0.33 6:-0.13
b:doubled_since 6:0.19
b:down_again 5:0.24
b:down_and 0:-0.15 1:-0.13 2:-0.13 5:0.12
b:down_before 3:0.18
b:down_for 1:0.26 3:0.1 4:-0.11 6:0.51
b:down_in 0:0.36
b:down_is 0:0.15 2:0.12 6:-0.22
b:down_on 6:-0.12 11:0.13 12:0.11
b:down_since 0:0.15 6:-0.17
b:down_the 0:-0.14 1:-0.3 2:0.24 3:0.17 4:0.12 11:-0.16 12:-0.17
b:down_to 1:0.26 5:-0.47 6:0.12
b:downhill_since 5:0.25
b:downside_was 2:0.1 6:0.13
b:dr_patel 1:-0.18 2:0.18 9:0.12
b:dreading_it 2:0.12 5:-0.13
b:drew_us 2:0.16
b:dried_up 7:0.11
b:drifted_to 0:-0.15
b:drilled_the 0:-0.14 2:0.39 9:-0.1
b:drilled_through 5:0.3 6:0.14
b:driver_is 6:0.1
b:driver_left 5:0.25
b:driver_rang 0:0.13
b:driver_was 0:0.3 1:0.12 5:0.11
b:drivers_are 6:-0.2
b:drivers_seat 3:0.24 5:-0.52
b:drivers_were 1:0.2
b:driving_instructor 0:-0.15 6:-0.27
b:driving_licence 5:0.2
b:driving_record 3:-0.39
b:drop_in 5:0.13
b:drop_off 0:0.17 1:-0.19 4:-0.11
b:dropped_every 0:-0.12 1:-0.14 5:0.29
b:dropped_it 0:0.21 5:-0.22
b:dropped_my 7:0.23
b:dropped_off 6:0.15
b:dropped_once 5:0.13
b:dropped_right 5:-0.1 10:0.12
b:dropped_the 0:0.34 5:-0.26 6:0.1
b:dropped_to 3:0.16 10:0.15
b:dropping_out 5:0.1
b:drops_a 1:-0.1 5:0.11 6:-0.16
b:drops_every 5:0.13
b:drops_out 5:0.12
b:drove_40 0:-0.19 1:0.17 2:0.12
b:drove_off 5:-0.14 6:-0.18
b:dry_as 3:-0.1 5:0.55 12:-0.13
b:dry_cleaner 2:0.11 3:-0.28 5:0.47 12:-0.14
b:dry_cleaners 1:0.26 2:-0.12 5:0.14
b:dry_cleaning 0:0.14 4:-0.37 6:0.18
b:dryers_in 0:0.11
b:due_the 5:-0.13 6:0.32
b:dug_up 3:-0.22 5:0.15
b:dunno_why 1:-0.12 11:0.1
b:during_the 0:-0.1 1:0.21
b:dust_anywhere 3:0.1
b:dust_before 0:0.24 5:-0.18 10:0.16
b:dust_sheets 5:0.15
b:duty_manager 1:-0.19
b:e_for 5:-0.21
b:each_one 5:0.35
b:each_other 6:0.12
b:each_step 0:0.19
b:each_time 0:-0.14 1:0.24 2:0.11 5:0.36 6:-0.21
b:ear_and 0:0.25 1:-0.23 5:0.61 6:0.24
b:earlier_than 5:0.13
b:early_bird 5:0.14
b:early_shift 5:0.1
b:early_termination 6:0.15 11:-0.11
b:easier_to 2:-0.19 6:0.19
b:easy_to 5:0.22 6:0.19 7:0.11
b:eggs_and 5:0.14
b:eggs_were 5:0.11 8:0.13
b:eight_and 0:0.27
b:eight_days 0:0.15 4:0.15 5:-0.21 7:0.28
b:eight_weeks 0:0.18
b:eight_years 6:-0.13
b:either_of 0:0.25 1:0.24 2:-0.12
b:either_time 0:0.14 6:0.1
b:either_way 0:-0.11 2:-0.1 4:-0.25 6:-0.17
b:elderly_customers 1:0.45
b:elderly_patients 1:0.15
b:electrician_told 0:-0.11 5:-0.1
b:electricity_bill 5:-0.14
b:eleven_days 4:0.22
b:eleven_weeks 1:-0.12 4:-0.13 6:-0.13
b:eleven_years 5:-0.11
b:elm_st 0:0.11 6:-0.12
b:else_had 6:-0.22 9:0.12
b:else_in 11:0.14
b:elses_hair 2:-0.17 3:0.14
b:elses_prescription 2:0.32
b:elses_tablets 2:0.31 3:-0.1
b:email_from 1:0.35 6:-0.3
b:email_in 6:0.23
b:email_saying 1:-0.12 13:-0.12
b:email_the 0:-0.21 6:0.1
b:email_with 5:-0.19 6:0.14 13:0.12
b:emailed_about 0:-0.22 2:-0.1 6:0.16
b:emailed_me 0:0.17 5:0.41
b:emailed_the 5:0.24
b:emailed_twice 1:-0.26
b:emails_about 0:-0.19 1:0.13 6:0.28
b:emails_for 5:0.12
b:emails_the 0:-0.1 6:0.12
b:emails_to 0:0.19 1:0.23 6:0.17 13:-0.1
b:emptied_since 5:-0.16
b:emptying_my 5:0.16
b:end_of 0:0.13 1:-0.16 5:0.22 6:-0.11 11:0.14
b:end_up 1:0.2 6:-0.19 13:-0.17
b:ended_up 1:-0.28 3:-0.12 4:-0.17 6:-0.15 12:-0.11
b:ends_and 2:-0.12 3:0.31
b:energy_company 0:0.18 5:-0.24 6:-0.24
b:energy_companys 0:0.16
b:energy_supplier 4:0.19 5:-0.17 7:0.11
b:engineer_came 1:0.1
b:engineer_for 5:0.15
b:engineer_found 5:-0.37
b:engineer_knew 5:-0.19
b:engineer_left 3:0.39 5:-0.38 10:-0.1
b:engineer_said 1:0.17 5:-0.19
b:engineer_turned 2:0.16 5:0.34 6:-0.1
b:engineer_was 0:0.55 1:-0.22 5:0.12 12:-0.11 13:-0.18
b:engineer_who 4:-0.18 5:0.14
b:english_and 2:-0.17 5:0.16
b:english_is 8:0.1
b:enough_about 5:-0.17
b:enough_for 4:0.1 8:0.13
b:enough_of 5:0.24
b:enough_to 2:0.2
b:entire_time 1:0.15 5:-0.1 6:0.12
b:entitled_to 4:0.36 6:-0.19
b:equipment_is 0:0.17 4:0.28 5:0.35
b:especially_for 6:0.13
b:especially_the 4:-0.18 5:0.32 12:0.11
b:espresso_machine 5:0.1
b:essen_war 1:-0.18
b:estate_agent 1:-0.28 2:0.21 6:0.29 12:0.11
b:estate_agents 1:-0.14 5:0.21 12:-0.13
b:estimated_bills 4:-0.2
b:even_after 3:0.11
b:even_asked 0:-0.14 1:-0.1 5:0.13
b:even_asking 1:0.42 4:0.36 5:0.14 11:0.14
b:even_at 0:0.19
b:even_drew 6:0.26
b:even_finished 0:-0.48
b:even_got 0:0.2
b:even_in 1:0.16 12:0.12
b:even_left 0:0.16
b:even_look 5:-0.16
b:even_noticed 1:0.18 2:0.17
b:even_on 0:-0.24 3:-0.13 5:0.63 12:0.12
b:even_opened 5:-0.26
b:even_say 1:0.11 5:-0.14
b:even_tell 5:0.21
b:even_the 0:0.13 3:0.14 10:0.21 12:0.15
b:even_tho 1:0.2
b:even_though 1:-0.34 3:-0.18 5:-0.4 6:-0.15 11:0.2
b:even_when 0:-0.13 1:0.24 2:0.19 5:-0.26 6:-0.26
b:even_wiped 5:0.18
b:evening_and 1:0.26
b:eventually_came 5:0.2
b:ever_been 7:-0.13
b:ever_cleans 3:0.16
b:ever_did 0:-0.1
b:ever_explained 4:-0.23
b:ever_had 0:-0.18 1:0.1 4:0.1 5:0.31
b:ever_one 5:0.16
b:ever_since 0:0.2 1:-0.12
b:ever_so 1:0.16
b:ever_told 0:0.22
b:every_appointment 0:0.15 6:-0.32 7:-0.11
b:every_april 6:-0.11
b:every_back 1:0.35
b:every_bit 10:0.11
b:every_call 0:0.38
b:every_client 5:-0.1 10:-0.12
b:every_day 4:0.24 5:0.43 6:0.31 13:-0.16
b:every_evening 1:0.32 5:0.12
b:every_friday 0:-0.19 2:0.15
b:every_half 6:0.21
b:every_hour 0:0.1 3:0.61 10:0.29
b:every_job 4:-0.21
b:every_lunchtime 0:0.1
b:every_monday 0:-0.31 5:-0.22 6:0.12
b:every_month 2:0.13
b:every_morning 0:0.25 1:0.23 5:-0.14
b:every_one 0:0.23 1:0.24 2:-0.17
b:every_other 2:0.11
b:every_part 6:0.11
b:every_participant 0:0.18 1:-0.14
b:every_penny 4:0.22 5:-0.37 6:-0.12 11:0.42 12:0.16
b:every_quarter 2:-0.12
b:every_question 6:0.12
b:every_shift 5:0.21
b:every_single 0:0.14 1:-0.21 4:-0.13 5:0.29 6:-0.29 12:-0.13
b:every_stage 4:0.14 5:0.26 6:0.12 13:0.13
b:every_step 1:-0.33 6:0.21 13:0.11
b:every_table 2:0.11
b:every_ten 1:0.13 5:0.45
b:every_time 0:-0.2 2:-0.29 3:-0.28 4:0.31 5:-0.33 6:0.25 7:-0.25 11:-0.14 13:-0.13
b:every_update 5:0.2 6:-0.22
b:every_week 1:0.29 3:0.14 5:0.12 6:-0.71 10:-0.1 11:-0.15 12:0.11
b:every_year 11:-0.22
b:everyone_agreed 1:0.29
b:everyone_by 1:0.23 2:-0.29
b:everyone_else 0:0.16 5:-0.12 6:0.16 8:-0.17
b:everyone_on 0:-0.13 2:0.23
b:everyone_said 5:0.34
b:everyone_was 0:-0.28 1:-0.29
b:everything_about 1:-0.22 4:0.23 6:-0.17
b:everything_and 6:0.16
b:everything_down 3:0.18
b:everything_else 5:0.34
b:everything_in 1:0.21
b:everything_inside 1:0.33 3:-0.13 5:0.25
b:everything_slowly 0:-0.14 1:0.26
b:everything_was 0:0.22 6:-0.13
b:everything_we 2:0.1 5:0.21
b:exactly_a 5:-0.12
b:exactly_as 5:0.16
b:exactly_how 2:0.41 5:0.24 9:0.15
b:exactly_like 2:0.26 5:0.2
b:exactly_quick 0:0.14
b:exactly_that 2:0.21
b:exactly_the 0:-0.15 5:0.32
b:exactly_what 0:0.17 1:-0.17 2:-0.47 3:0.1 4:0.12 5:-0.17 6:-0.2 9:0.19 11:0.21 12:0.28
b:exactly_when 0:0.16
b:exactly_where 2:-0.13 6:0.58 13:0.14
b:exactly_which 0:0.13 1:0.33 2:0.37 5:-0.19 6:-0.23 9:0.19
b:exactly_why 5:0.34
b:exactly_wot 5:-0.11
b:excellent_and 3:0.11 5:0.25
b:exercises_that 1:0.11 5:0.24
b:expect_much 3:0.29 12:0.1
b:expect_that 6:0.28
b:expected_better 4:0.1 6:-0.22
b:expected_more 5:0.26 11:-0.11 12:-0.26
b:expecting_a 1:0.25 5:0.26 12:0.16
b:expecting_to 1:-0.28 6:-0.13
b:experience_from 6:-0.14
b:explain_it 2:0.27 6:-0.1
b:explain_the 1:-0.24 2:-0.13 6:0.22 13:-0.23
b:explain_things 6:0.14
b:explain_what 5:-0.28 6:0.28
b:explain_why 2:0.19 6:-0.13
b:explained_each 0:-0.11 1:0.23
b:explained_every 1:-0.48 3:0.2 5:0.16 6:0.16
b:explained_everything 0:-0.21 1:0.29 5:-0.12 6:0.23 13:0.14
b:explained_exactly 0:0.18 2:-0.16 4:-0.18 5:-0.24 6:0.1
b:explained_how 4:-0.19
b:explained_it 13:0.12
b:explained_my 2:0.18
b:explained_really 6:-0.36
b:explained_that 0:0.17
b:explained_the 2:-0.16 3:0.18 4:-0.13 6:0.27 13:0.16
b:explained_what 2:0.31 4:0.15 5:0.42 6:0.11
b:explained_why 5:0.17 6:0.17 12:0.15
b:explaining_the 5:-0.13 6:0.17
b:explains_the 6:-0.23 9:-0.11
b:explains_what 5:0.18
b:explaned_evrything 1:0.11 6:0.15
b:express_checkout 0:0.71 7:-0.18
b:extended_warranty 0:0.13 3:-0.14 4:0.18 5:-0.21 6:-0.16
b:extra_for 0:0.16 4:-0.47 6:-0.22 7:-0.24
b:extra_insurance 5:0.18
b:extra_work 4:0.17
b:extra_£ 4:-0.26 6:0.19
b:eye_clinic 0:-0.1 6:0.15
b:eye_test 2:-0.15 4:0.39 5:-0.1 6:-0.1
b:eye_tests 1:-0.11 6:0.1
b:eye_watering 1:0.23
b:eyes_when 2:-0.1
b:fab_haircut 1:0.33 5:0.1
b:fab_with 5:-0.11
b:face_when 1:-0.29 5:0.14
b:fade_ive 5:0.1
b:fair_enough 4:-0.17
b:fair_for 4:0.14 5:-0.24 6:-0.12 11:0.22
b:fair_play 0:-0.17 1:0.33 2:-0.15 4:0.54 6:0.14 11:0.13 12:-0.12 13:0.12
b:fair_price 0:0.18 5:-0.11
b:fair_prices 1:0.2 5:-0.37
b:fair_result 4:-0.1 5:0.35 6:-0.23 12:0.14
b:fair_the 1:0.13 3:0.17
b:fair_they 6:0.38 13:0.12
b:families_have 5:-0.17
b:family_swim 5:0.34
b:fantastic_value 5:0.23 11:-0.18
b:far_better 1:-0.23 2:0.27
b:far_less 0:0.12 4:-0.15
b:far_more 0:-0.14 5:-0.1
b:far_too 4:-0.15
b:farm_shop 5:0.15
b:fast_and 6:0.31
b:fast_delivery 5:0.12
b:faster_than 0:-0.32 5:0.39
b:fault_and 2:-0.24 6:0.19
b:fault_her 1:0.18
b:fault_in 5:0.35
b:fault_it 0:0.15 5:0.33 6:0.16
b:fault_the 1:-0.11 3:0.13 6:-0.24 12:0.13
b:fault_them 0:0.17 5:-0.28
b:fault_was 2:0.21
b:faulty_socket 0:-0.11
b:feature_is 5:-0.19
b:february_and 2:-0.11
b:fed_up 5:0.12 6:-0.16
b:fee_for 0:-0.1 4:0.23 5:0.31 6:-0.2
b:fee_is 6:0.12
b:fee_of 5:0.11
b:fee_on 0:-0.13 11:-0.14
b:fee_to 4:0.11
b:fee_was 0:0.26 1:-0.17 5:-0.52 11:0.11
b:feedback_from 5:-0.21 13:0.12
b:feel_bad 4:0.26 5:-0.13
b:feel_like 0:-0.32 1:0.38 2:-0.1 4:0.3 5:-0.21 6:-0.15
b:feel_pushed 1:-0.15
b:feel_really 2:0.15
b:feel_rushed 1:0.12 2:0.15 6:-0.12
b:feel_stupid 1:0.12
b:fees_are 2:0.12 4:0.39 5:-0.28 11:-0.15
b:fees_had 5:0.1
b:fees_on 4:0.36
b:fees_went 5:0.28
b:fees_were 0:0.14 6:-0.11
b:fell_apart 4:-0.32
b:fell_off 5:-0.16
b:fell_out 0:0.12 5:0.52 12:-0.12
b:fella_at 1:-0.14 4:-0.18
b:felt_completely 4:-0.12 6:0.18
b:felt_it 4:0.17 5:0.11
b:felt_like 5:-0.6 13:0.11
b:felt_so 2:-0.14 3:-0.15 5:0.38
b:felt_steep 6:-0.11
b:felt_strongly 4:-0.1 6:-0.1
b:felt_the 4:0.15 5:0.41 6:0.2 9:0.11
b:felt_they 3:-0.11 5:-0.12 11:-0.14
b:felt_to 0:0.19 5:-0.14 6:0.17
b:felt_very 1:0.17
b:felt_was 0:0.2 6:0.15
b:few_complaints 1:0.11 5:0.22
b:few_felt 5:0.1
b:few_have 5:0.2
b:few_people 2:0.13 4:-0.2 5:-0.31
b:few_quid 0:0.11
b:few_said 1:-0.12 6:0.11
b:fewer_people 6:0.18
b:fibre_broadband 9:-0.14
b:fifteen_minute 5:0.1
b:fifteen_minutes 0:0.11 1:-0.2 5:-0.16
b:fill_in 0:-0.11
b:filled_in 6:-0.13
b:filling_this 4:-0.13
b:film_was 5:0.44 6:-0.15 12:0.14
b:filthy_by 2:-0.12
b:filthy_inside 3:0.11
b:filthy_loos 3:0.12
b:final_bill 4:0.3 5:-0.16 6:0.46
b:final_invoice 5:-0.12
b:finally_a 5:0.18
b:finally_answer 6:-0.26
b:finally_been 12:0.14
b:finally_came 5:-0.14 6:0.11 13:-0.14
b:finally_got 5:-0.18 9:0.24
b:finally_hear 0:0.12 6:0.1
b:finally_turned 0:-0.19
b:finance_paperwork 2:-0.1
b:financial_adviser 1:0.12
b:find_a 4:-0.25 10:-0.13
b:find_it 1:0.12 6:-0.12
b:find_out 0:-0.17 1:-0.2 2:0.31 5:-0.14 6:0.28 13:-0.14
b:find_someone 1:-0.14
b:find_the 0:-0.17 1:-0.19 2:0.29 4:0.1 5:-0.38 6:-0.11 9:0.12 11:-0.14 13:-0.13
b:find_their 0:0.22
b:finding_out 6:0.26
b:fine_and 1:-0.16 4:-0.2 5:-0.18
b:fine_but 1:-0.17
b:fine_for 0:-0.43 1:0.26 4:0.2
b:fine_i 1:-0.22 5:-0.18
b:fine_now 1:0.3
b:fine_since 5:0.17
b:fine_was 4:0.22
b:fingerprints_all 5:0.11
b:finished_describing 0:-0.19 1:-0.13 2:0.17
b:finished_explaining 0:-0.1 5:0.11 6:-0.27
b:finished_my 5:-0.11
b:finished_paying 0:0.14
b:finished_the 0:0.24 5:-0.11
b:firm_for 2:0.13 6:-0.12
b:firm_was 0:0.17 2:-0.17 6:0.16
b:first_bill 4:0.18 5:-0.16 7:0.11
b:first_call 0:0.13 6:-0.11
b:first_class 0:0.1 1:-0.11 2:0.28 5:-0.14
b:first_go 0:0.11 2:0.5 6:-0.17 8:0.13 9:0.12
b:first_one 6:0.16
b:first_person 0:-0.12 1:0.4 6:-0.26
b:first_place 5:0.13 6:0.28 12:-0.11
b:first_ring 0:0.22
b:first_three 5:0.13
b:first_time 0:-0.31 2:0.16 3:-0.25 4:-0.1 5:-0.3 6:-0.46 7:0.19 12:0.19 13:0.23
b:first_week 6:0.17
b:fish_and 5:0.15
b:fish_counter 2:0.41 5:0.22
b:fish_tank 2:-0.11
b:fit_a 0:-0.13
b:fitted_are 11:-0.13
b:fitted_the 5:0.13
b:fitting_and 0:-0.12
b:five_and 5:-0.18
b:five_days 0:0.17 5:0.12 6:-0.13 7:-0.17
b:five_minutes 0:-0.68 2:-0.23 5:0.1 6:0.13 7:0.12
b:five_months 0:0.16
b:five_stars 5:0.28
b:five_to 4:0.11 5:0.11
b:five_weeks 0:0.28 2:-0.14 5:-0.19 6:0.15
b:fiver_for 11:0.15
b:fix_a 7:0.13
b:fix_anything 0:0.13 1:-0.24 6:-0.15
b:fix_for 1:0.13
b:fix_it 5:0.24
b:fix_my 1:-0.21 5:0.22
b:fix_the 2:-0.13 3:-0.23 4:0.1 5:0.47
b:fixed_after 7:-0.14
b:fixed_first 5:0.28 6:-0.16
b:fixed_it 2:0.1
b:fixed_my 0:0.21 1:0.15 4:0.3 11:0.24
b:fixed_the 0:0.3 5:0.62 12:0.12
b:fixed_within 5:-0.39
b:flat_and 12:-0.31
b:flat_pack 6:0.34
b:flat_was 2:0.1 5:-0.1 6:-0.1
b:flat_white 0:0.11 3:-0.2 5:0.27
b:flea_treatment 11:-0.13
b:flies_on 3:0.12
b:flight_to 5:0.31
b:flight_was 0:0.11 6:0.15
b:flights_and 1:0.11 3:0.13
b:floor_and 2:-0.1
b:floor_by 5:0.11
b:floor_is 2:-0.11
b:floor_never 1:0.12
b:floor_smells 3:0.3
b:floor_team 2:-0.21 6:0.18
b:floor_was 1:0.22 3:0.16 5:-0.17 6:0.2
b:fly_tipping 0:0.28 6:-0.12
b:fly_to 1:-0.18 4:0.12 11:-0.3
b:focus_group 0:-0.11 4:0.16 5:0.11
b:focused_on 0:-0.13
b:follow_up 2:-0.1
b:food_and 0:-0.13
b:food_arrived 2:0.12 5:-0.16
b:food_at 1:-0.15 5:0.23
b:food_came 5:-0.39
b:food_is 0:-0.14 5:0.15 12:-0.1
b:food_was 0:-0.22 1:0.15 2:-0.11 3:0.22 5:0.48 10:-0.18 11:-0.15 12:-0.18
b:footwell_and 5:-0.16
b:for_1 0:-0.12 4:0.33
b:for_10 0:0.29
b:for_11 5:-0.1 6:-0.12
b:for_15 5:-0.22
b:for_2 5:0.33 6:0.19
b:for_20 0:0.32 2:0.28
b:for_25 1:0.18
b:for_3 0:-0.25 4:0.4 11:-0.13
b:for_30 2:0.11
b:for_35 6:0.36
b:for_40 1:-0.32 4:-0.1
b:for_45 3:0.27
b:for_52 6:-0.23
b:for_55 5:-0.17
b:for_6 5:-0.27 6:0.15 11:0.12
b:for_9 0:0.38 5:0.13
b:for_a 0:-0.19 1:-0.4 2:0.13 4:0.25 7:0.22 8:0.3 10:-0.12 11:0.52 12:-0.43
b:for_about 0:0.17 5:-0.11
b:for_all 2:0.2
b:for_an 0:-0.29 1:0.23 2:-0.22 3:0.13 4:0.33 5:-0.2 11:-0.18
b:for_another 0:0.1 6:-0.13
b:for_anyone 0:-0.31 4:-0.28 6:0.12
b:for_anything 3:-0.22 5:0.17 6:-0.11
b:for_as 1:0.17
b:for_asking 1:0.27 5:-0.19 8:-0.11
b:for_being 0:-0.42 1:0.21 2:-0.11 4:0.13 5:-0.11 6:-0.11
b:for_bringing 1:0.15
b:for_broadband 11:-0.23
b:for_canada 1:0.17
b:for_charging 0:-0.11 5:-0.15
b:for_collection 7:-0.13 13:-0.13
b:for_customers 12:0.14
b:for_days 0:-0.44 1:-0.43 5:0.59
b:for_delivery 0:0.25 6:0.32
b:for_eight 6:-0.13
b:for_every 1:-0.18 4:0.23
b:for_exactly 2:0.25 6:0.13
b:for_five 1:0.11 5:-0.19
b:for_four 3:-0.12 5:0.1
b:for_free 0:-0.12 4:0.24 5:0.16
b:for_getting 1:-0.14 3:0.16 6:-0.17
b:for_going 4:0.14
b:for_guaranteed 0:0.13 4:-0.27 5:-0.15
b:for_half 0:0.24 2:0.17
b:for_help 6:-0.11
b:for_her 1:0.27 2:0.23 5:-0.1
b:for_his 5:-0.1 9:0.11
b:for_it 0:-0.36 1:-0.22 3:0.37 4:0.37 5:-0.13 6:0.31 8:0.2 13:0.11
b:for_itself 5:-0.12
b:for_less 4:0.15
b:for_maintenance 4:0.11 6:0.12
b:for_me 0:0.51 1:0.17 2:0.26 6:0.14 9:0.11 13:0.29
b:for_months 2:0.23 3:-0.12 5:-0.12 9:0.11
b:for_more 1:-0.38 2:-0.18 5:0.25 6:0.2 13:0.2
b:for_most 4:-0.17
b:for_my 1:0.16 2:-0.35 4:-0.19 5:-0.4 6:0.32 8:0.17 11:0.12
b:for_nearly 0:-0.11 1:0.22
b:for_new 5:0.52 12:-0.1
b:for_next 0:0.28 4:-0.45 5:-0.14 6:-0.24 7:-0.25
b:for_nine 0:-0.23 4:0.15
b:for_no 5:-0.14
b:for_not 1:0.23 2:-0.13
b:for_nothing 1:0.12 4:0.53 5:-0.21 6:0.12
b:for_once 1:-0.46 3:0.24 10:0.14 12:0.21 13:0.14
b:for_one 0:-0.11 1:0.11 5:-0.19 6:-0.16 12:0.1
b:for_our 5:-0.25 6:-0.17
b:for_over 0:0.37 1:-0.24 6:-0.21
b:for_overstaying 4:0.23
b:for_parking 11:-0.18
b:for_paying 1:0.35
b:for_premium 4:0.11 5:-0.16
b:for_prescriptions 0:0.16
b:for_repair 0:0.18 7:0.21
b:for_selling 2:0.12
b:for_semi 5:0.26
b:for_six 0:0.17 5:0.23 11:-0.11
b:for_slow 0:-0.24 2:0.25 5:0.28 6:-0.23
b:for_some 0:0.15
b:for_someone 0:0.72 2:-0.14 5:-0.35 6:-0.14 11:0.13
b:for_something 2:0.15 3:-0.15 5:-0.17
b:for_sorting 5:-0.16
b:for_staff 3:-0.31 4:-0.39
b:for_stamps 0:0.19
b:for_tap 5:-0.12
b:for_ten 0:0.26 1:0.18 7:-0.12
b:for_that 0:0.11 1:0.27 2:-0.24 3:-0.12 4:0.19 5:0.29 6:0.14 10:-0.11 12:-0.16
b:for_the 0:0.72 1:0.13 2:-0.63 5:0.3 8:-0.24 9:-0.26 12:0.36 13:-0.12
b:for_their 0:0.15 5:-0.12 7:0.14
b:for_them 1:0.34 4:-0.12 6:-0.27
b:for_this 6:0.16
b:for_three 4:0.19 5:0.35
b:for_thursday 5:0.15
b:for_twelve 2:-0.13
b:for_twenty 0:-0.18 2:0.2
b:for_two 0:-0.19 1:-0.11 2:-0.14 6:-0.3 9:-0.15 11:0.25
b:for_us 0:-0.31 2:-0.12 3:0.24 4:0.14 5:0.12
b:for_weeks 0:-0.42 3:0.3 5:-0.15
b:for_what 0:-0.1 1:-0.18 2:0.22 4:0.23 5:-0.54 6:-0.12 11:-0.11 12:-0.12
b:for_years 0:0.11 1:0.17 2:0.11 5:0.19
b:for_you 8:0.12
b:for_£ 1:-0.35 2:0.12 4:0.11 5:0.21 11:0.4
b:forget_the 2:0.16 5:0.24 6:-0.11
b:forgot_the 0:0.41 5:0.64 12:-0.11
b:form_and 1:-0.26
b:form_for 5:0.16
b:form_i 1:0.12
b:form_in 0:-0.15 2:0.3 5:-0.17
b:form_line 6:0.14
b:form_was 0:0.14 1:-0.15 5:-0.13 6:0.15
b:forms_were 4:-0.12
b:forms_with 0:-0.11
b:fortnight_after 4:0.11 5:0.38
b:fortnight_and 3:0.14 5:-0.16
b:forty_minutes 0:0.23 1:-0.12 2:0.13 4:0.15 5:0.12 6:0.19 7:-0.16
b:forty_pounds 2:0.15
b:forty_seven 6:-0.32
b:found_a 1:0.12 5:-0.25
b:found_it 1:0.31 4:-0.11 5:-0.28 6:-0.26 10:0.12
b:found_me 5:-0.17
b:found_my 0:0.12 4:0.11
b:found_out 1:-0.15 2:-0.4 4:0.29 12:0.16 13:-0.14
b:found_the 0:-0.16 1:-0.13 2:0.41 4:-0.12 5:0.56 6:0.3 9:0.21 12:-0.12 13:-0.15
b:four_days 0:0.13 4:-0.36 5:-0.16 6:-0.24 7:-0.13
b:four_different 6:0.15
b:four_emails 0:-0.24 4:-0.1 5:-0.19
b:four_hours 0:0.22
b:four_minutes 0:-0.11 1:0.24 4:0.16 5:-0.46
b:four_months 0:0.6 2:-0.12 5:-0.13 7:-0.15
b:four_times 2:0.17 3:0.19 5:0.2 6:0.67 13:-0.16
b:four_weeks 5:0.14 12:0.11
b:four_years 0:0.12 2:0.1 3:-0.12 5:0.52
b:fourth_time 6:0.14
b:fraud_team 0:0.5 1:0.19 6:0.14
b:free_and 1:0.12 4:0.13
b:free_bench 0:0.32 4:-0.22 7:-0.15
b:free_entry 4:0.13 5:0.27
b:free_even 2:-0.1 5:-0.11
b:free_eye 5:-0.12
b:free_machine 0:0.37 5:-0.37
b:free_parking 4:-0.82
b:free_stuff 1:0.24
b:free_to 4:-0.24 5:0.16 12:-0.14
b:free_which 4:0.18
b:freezing_and 3:0.28 5:0.35
b:freezing_cold 5:-0.13
b:fresh_bread 5:0.22
b:fresh_gloves 3:0.1
b:friday_and 0:0.3 5:0.19 6:-0.14
b:friday_is 0:0.47 5:0.14
b:friday_night 0:0.11
b:friday_with 2:0.14
b:fridge_alarm 5:-0.25
b:friendliest_bunch 1:0.22
b:friendliest_but 0:0.22 1:0.11 5:0.13
b:friendly_and 0:0.14 1:0.32 2:0.35 3:0.14
b:friendly_but 2:0.13
b:friendly_the 1:0.4
b:friendly_with 5:0.14
b:from_6 0:-0.11
b:from_a 0:-0.1 2:0.17 3:0.23 4:-0.22 5:-0.15 6:-0.31 8:0.13 10:0.12 12:0.12
b:from_anyone 6:-0.11
b:from_day 0:0.14 5:0.14
b:from_her 4:0.13 5:-0.13
b:from_here 0:-0.34 5:0.71 12:-0.18
b:from_hmrc 0:0.25 2:0.12
b:from_last 5:-0.54
b:from_me 5:-0.13
b:from_my 1:-0.12 2:-0.18
b:from_one 0:-0.15 2:0.29 5:0.24 9:0.13
b:from_our 0:-0.16
b:from_poland 2:0.11
b:from_start 3:-0.13 5:-0.13 6:-0.12
b:from_the 0:0.15 1:0.43 2:-0.63 3:0.31 4:0.27 6:0.76 7:0.15 8:0.13 9:-0.13 10:-0.21 13:-0.13
b:from_their 1:0.1
b:from_twitter 0:0.12 6:0.13
b:from_us 5:-0.29 6:0.11 11:-0.14
b:from_your 2:-0.12
b:from_£ 5:0.16 6:0.32
b:front_counter 1:-0.27
b:front_desk 0:-0.12 3:0.11 5:0.2
b:front_garden 0:0.15 3:0.5 5:-0.36 10:-0.13
b:front_of 2:0.14 3:-0.18 4:-0.15 9:-0.16
b:front_room 0:-0.27 1:-0.2 5:0.36 6:0.13
b:frustration_about 0:0.11 6:0.12
b:frustration_was 0:0.18 1:0.21 4:0.1 5:0.12
b:frustration_with 0:0.12
b:full_and 5:-0.28
b:full_day 1:0.14 13:0.11
b:full_english 5:0.2
b:full_of 0:-0.11 1:-0.21 2:-0.35 3:0.2 5:-0.28 6:0.32 7:0.1 12:-0.13 13:-0.14
b:full_so 0:-0.35
b:function_room 6:0.11
b:fur_and 3:0.26
b:furious_that 5:-0.16
b:fuse_board 5:0.17
b:fuse_box 0:0.31 1:0.29 5:0.13
b:gallery_shop 4:0.23
b:garage_did 0:0.14 2:-0.23
b:garage_told 4:0.15 9:0.31 11:0.11
b:garage_was 4:0.11 6:-0.11
b:garages_had 5:-0.28
b:garden_centre 0:0.2 2:0.17 4:-0.11 5:-0.22 6:-0.12 10:0.1
b:garden_is 5:-0.14
b:garden_waste 0:-0.13 1:0.1
b:gas_bill 4:-0.37 5:0.12 6:0.2
b:gas_engineer 2:0.19 5:0.28
b:gas_safe 5:-0.1
b:gate_and 6:-0.16
b:gate_staff 0:0.2 5:-0.14
b:gate_with 5:0.13
b:gave_different 2:0.13 6:-0.14
b:gave_me 0:0.32 2:0.43 4:-0.32 5:0.25 6:0.22 9:-0.11
b:gave_my 5:0.22
b:gave_up 5:-0.76 7:-0.17
b:gave_us 1:0.25 4:0.11 5:0.26 6:-0.14 12:-0.11
b:generally_felt 2:0.15
b:generous_portions 5:0.1
b:gentle_and 5:-0.23 6:0.13
b:gentle_with 2:-0.13
b:genuinely_apologetic 1:0.11 4:0.22
b:genuinely_lovely 5:0.32
b:genuinely_spotless 4:-0.23 5:-0.16
b:genuinely_useful 1:-0.1
b:get_a 0:-0.43 1:0.42 4:-0.14 5:-0.38 6:0.11 11:0.16
b:get_an 0:0.36 1:0.27 2:0.39
b:get_at 6:0.19
b:get_called 0:-0.14
b:get_checked 3:0.31
b:get_complaints 6:-0.17
b:get_hold 0:-0.18
b:get_it 0:-0.26 12:-0.19
b:get_one 1:0.2
b:get_out 3:-0.31 5:0.15
b:get_round 5:-0.17
b:get_served 0:0.15 5:0.16
b:get_shouted 4:0.19
b:get_someone 0:-0.13
b:get_that 0:-0.14 5:-0.11
b:get_the 2:-0.11 4:-0.2 5:0.11 11:-0.26
b:get_their 6:-0.12
b:get_them 0:0.17 5:0.26
b:get_through 0:0.38 1:0.13 2:-0.12 6:-0.25 7:-0.14
b:get_to 0:0.46 2:0.21 5:-0.12 6:-0.23 7:0.11
b:get_told 5:-0.2 6:-0.16
b:get_two 1:-0.11
b:get_what 4:0.29 5:0.46 12:-0.15
b:gets_a 2:-0.27 5:0.26 6:0.17
b:getting_on 1:-0.12 6:0.3
b:getting_the 0:0.12 2:-0.16 5:0.1 6:0.14
b:getting_through 0:0.35 6:-0.12
b:getting_to 1:0.16
b:girl_in 2:0.18
b:girl_just 1:0.16 5:-0.58
b:girl_on 0:0.17 1:0.2
b:girl_was 5:-0.18
b:give_a 5:-0.12
b:give_him 5:0.13 6:-0.14
b:give_me 0:0.18 1:0.12 5:0.25
b:give_them 0:0.36 2:-0.11 3:0.1 6:0.24
b:give_up 3:-0.31 5:0.15
b:give_zero 4:0.13
b:given_140 5:0.11 6:-0.1
b:given_me 5:0.11
b:given_up 0:0.1 6:0.32
b:given_wrong 0:-0.14
b:gives_you 6:0.14
b:giving_customers 6:-0.21
b:giving_out 2:0.31 5:-0.12
b:glad_i 0:-0.15 1:-0.23 2:0.17 4:0.23 12:0.14
b:glad_to 0:0.22
b:glass_of 1:0.17
b:glasses_and 0:0.16 1:0.23 4:-0.39
b:glasses_are 0:-0.13 3:0.23 5:-0.15
b:glasses_give 2:-0.13 5:0.3
b:glasses_were 0:-0.16
b:glued_to 0:0.3 1:0.16
b:gluten_free 1:0.15 2:0.17 5:-0.23
b:go_again 1:0.13 5:-0.13
b:go_and 1:-0.13 2:0.42 5:-0.28 6:-0.15 8:0.15
b:go_back 1:0.11 2:-0.12 6:0.19 12:-0.18
b:go_home 0:0.15 1:0.14 6:0.14
b:go_in 1:0.14 2:-0.13
b:go_mad 4:0.22
b:go_private 0:0.1
b:go_through 6:0.25
b:go_to 1:-0.26
b:goes_down 1:-0.25
b:goes_in 1:-0.13 3:0.31
b:goes_out 0:0.11 1:0.37 6:-0.17
b:going_back 0:0.18 1:-0.3 2:0.18 6:-0.17
b:going_home 2:0.12
b:going_in 5:0.24
b:going_on 2:-0.23 6:0.47
b:going_strong 5:0.11
b:going_there 5:0.13
b:going_through 0:-0.36 2:-0.1 6:0.26
b:going_to 2:-0.24 5:-0.28
b:going_up 5:-0.14
b:gone_after 5:0.12
b:gone_by 0:0.14 7:0.11
b:gone_cold 1:-0.17 5:-0.49
b:gone_downhill 1:0.23 5:0.21
b:gone_from 5:0.15 6:0.17
b:gone_private 0:0.19 5:-0.1
b:gone_up 0:-0.19 1:0.11 3:-0.17 5:-0.18 6:-0.35
b:gone_wrong 0:-0.11
b:good_about 2:-0.11 6:0.22
b:good_and 1:0.11
b:good_as 5:0.1 6:-0.12
b:good_clean 5:0.17
b:good_day 12:-0.12
b:good_deal 4:0.16 5:-0.12
b:good_enough 0:0.11 1:0.1 3:0.1 5:-0.1
b:good_morning 1:0.46 3:-0.23
b:good_shop 4:0.22
b:good_value 4:0.14
b:good_way 1:-0.15 3:0.3 5:0.14
b:good_with 0:0.13 5:-0.24
b:got_a 0:0.11 1:0.19 2:-0.25 3:-0.22 4:0.27 5:0.33 6:0.48 8:-0.29
b:got_an 1:-0.18 3:0.12 6:0.19
b:got_back 0:-0.25 5:0.21 12:-0.2
b:got_charged 0:-0.41 2:-0.38 5:-0.25 6:0.13
b:got_cut 5:-0.21 6:-0.11
b:got_home 1:-0.21 2:0.28 4:-0.38 5:0.25 6:0.14
b:got_in 0:-0.29
b:got_it 2:-0.47 5:0.15
b:got_me 0:0.14 2:0.32 6:-0.29 9:0.11
b:got_my 2:0.44 3:-0.1 4:0.23 5:-0.22 6:-0.23 8:0.14 9:0.12
b:got_nothing 2:0.26 5:-0.11
b:got_on 1:0.18
b:got_one 0:0.16 5:-0.11
b:got_proper 0:-0.24 2:0.14 9:0.25
b:got_seen 0:0.18
b:got_stung 4:0.13
b:got_the 0:0.41 1:-0.19 2:-0.38 3:0.28 5:0.22 6:0.1 7:0.16 12:0.21
b:got_there 5:-0.11 6:0.13 7:-0.12 13:-0.14
b:got_three 2:0.2 4:-0.19 5:-0.26 6:-0.24
b:got_through 0:0.36 1:0.22 5:-0.25 6:-0.33 7:-0.13
b:got_to 0:0.25 2:-0.31 5:-0.13 6:0.24
b:got_told 0:-0.3 1:-0.14 2:0.23 6:-0.11
b:got_us 0:0.18 1:0.32 5:-0.13
b:got_worse 5:0.16 6:-0.27
b:gp_appointment 1:-0.2 5:0.26
b:gp_had 1:0.13
b:gp_listened 0:0.14 6:0.16
b:gp_practice 1:-0.13 5:-0.11
b:gp_receptionist 6:-0.35
b:gp_said 0:-0.11 6:0.18
b:gp_there 6:-0.12
b:gp_to 6:-0.11 9:0.13
b:gp_was 9:-0.11
b:gr_8 0:-0.13 1:0.26 4:0.28 5:0.61 12:0.19
b:grabbed_a 0:-0.25 5:0.26
b:gracias_! 5:-0.11
b:grass_seed 0:-0.14 5:0.15
b:great_haircut 5:0.14
b:great_job 2:-0.23
b:great_service 0:-0.16 4:-0.15 5:-0.23
b:great_to 3:0.11 5:-0.23 10:-0.13
b:great_value 11:0.3
b:green_waste 4:-0.17 5:-0.14 6:0.11
b:greeted_by 1:-0.31 3:0.34
b:gripe_is 1:0.15 3:0.23 4:0.21 7:0.1
b:groomer_nicked 1:-0.22 2:-0.11 5:0.39 6:0.26 12:-0.12
b:group_2 10:0.14
b:group_agreed 0:0.16 1:-0.26 2:0.14 4:-0.13 5:0.11 6:-0.13
b:group_consensus 2:0.21
b:group_described 0:-0.2
b:group_discussed 5:0.1
b:group_felt 1:-0.26 2:-0.16 5:-0.15
b:group_had 0:0.11 5:0.19 8:-0.13
b:group_leaned 8:-0.15
b:group_members 6:0.18
b:group_mostly 1:-0.12
b:group_nodded 8:0.11
b:group_of 1:0.28 5:0.19
b:group_praised 0:0.12
b:group_rated 5:0.18
b:group_said 0:-0.22 5:-0.17 11:0.14
b:group_spent 2:0.12
b:group_talked 1:-0.1
b:group_was 5:-0.2
b:group_were 0:0.45 1:0.41 3:0.12 8:0.13
b:grout_lines 5:0.16
b:grubby_and 5:-0.25
b:grumble_was 4:-0.13 5:-0.13
b:guard_on 6:0.19
b:guests_keep 2:-0.11 3:0.13 4:0.17 5:-0.32
b:guide_knew 5:0.32 6:-0.18
b:gums_bled 0:-0.17 5:0.19
b:guy_at 4:-0.1
b:guy_behind 0:-0.18
b:guy_had 2:0.1
b:guy_in 0:-0.13 1:0.2 2:0.22 4:-0.14 5:0.33 6:-0.11
b:guy_on 5:0.19 12:0.1
b:guy_told 1:-0.19 2:0.18
b:guy_was 4:-0.14 5:-0.27
b:guys_missed 3:-0.47 5:0.12
b:gym_equipment 5:0.18
b:gym_is 0:0.42 4:-0.11 7:-0.11
b:gym_membership 2:0.19 4:-0.12 6:0.14
b:had_a 0:-0.24 1:0.12 2:-0.19 5:-0.32 7:0.22 13:0.15
b:had_all 6:0.13
b:had_an 5:-0.25 6:0.13
b:had_and 5:0.41
b:had_another 1:0.33 2:0.17 4:-0.18 9:0.1
b:had_any 1:-0.2
b:had_anything 6:-0.13
b:had_become 3:-0.11 4:0.12
b:had_been 0:-0.3 2:-0.52 4:-0.14 5:0.55 10:0.15
b:had_changed 2:-0.17 6:0.11 13:-0.18
b:had_clearly 2:0.17
b:had_crept 4:0.12 5:-0.19 6:-0.13
b:had_dealt 0:0.21
b:had_eaten 5:-0.12
b:had_ever 2:0.16
b:had_failed 6:0.1
b:had_found 6:0.16
b:had_given 0:0.14 6:0.28
b:had_gone 1:-0.2 5:-0.66 6:-0.12 7:-0.11
b:had_got 2:-0.36 5:0.23 6:0.23
b:had_hair 5:-0.31
b:had_happened 0:0.18 6:0.16
b:had_in 4:-0.13 5:0.24 6:0.1
b:had_it 0:0.94 5:-0.28 6:-0.19 7:0.18
b:had_just 2:-0.15
b:had_last 1:-0.15 5:0.34 12:-0.13
b:had_left 5:0.16
b:had_little 4:-0.12
b:had_me 1:-0.19 2:-0.18 4:-0.32
b:had_mentioned 0:-0.14 2:0.25 4:0.16 5:0.23
b:had_missed 0:-0.25 2:0.38 4:-0.19 5:-0.64 9:0.27 12:0.13
b:had_mixed 1:0.15 8:-0.13 13:0.11
b:had_mould 5:-0.11
b:had_moved 5:0.11
b:had_never 5:0.29
b:had_no 0:0.13 1:-0.23 2:0.16 3:0.12 5:-0.24 6:-0.26 9:-0.13
b:had_not 0:0.2
b:had_one 1:-0.15 3:-0.16 5:-0.14
b:had_our 0:-0.12 5:-0.14
b:had_paid 0:-0.14 4:0.12
b:had_quoted 4:0.15 9:0.15 11:0.12
b:had_reported 0:0.17
b:had_risen 5:0.1
b:had_seen 0:-0.12
b:had_someone 0:0.22 5:0.18 7:0.17 13:0.11
b:had_stopped 5:0.19
b:had_switched 5:-0.2
b:had_that 6:0.28 13:0.11
b:had_the 0:0.26 1:-0.33 2:-0.15 3:0.16 5:0.25 6:-0.22 7:0.11 9:0.12 12:0.11
b:had_three 2:-0.14 3:0.15 4:0.11 5:-0.12 6:0.4
b:had_to 0:-0.19 4:-0.24 5:-0.2 6:0.19 7:-0.3 8:-0.14 9:-0.44 12:-0.18
b:had_tried 5:0.32
b:had_us 0:0.2 5:-0.15 6:-0.15
b:had_used 6:-0.18
b:hadnt_been 3:0.16 5:-0.25
b:hadnt_come 6:0.19
b:hadnt_mentioned 5:0.14
b:hair_cut 0:-0.1
b:hair_in 1:-0.26 2:-0.12 3:0.22 5:-0.53 10:-0.13
b:hair_on 5:-0.12
b:haircut_was 1:0.12
b:hairdresser_took 0:-0.13
b:half_a 0:-0.12 5:-0.42
b:half_an 0:0.34 2:0.24 4:0.28 6:-0.16
b:half_hour 1:0.12 13:0.12
b:half_my 1:0.13 2:-0.35 5:-0.17 6:0.21
b:half_nine 0:-0.15 2:0.29
b:half_of 0:-0.32 1:0.17 5:0.28 6:0.3
b:half_our 1:-0.23 5:-0.34 6:0.2 13:-0.12
b:half_past 12:0.12
b:half_price 5:-0.21
b:half_term 5:0.23
b:half_that 4:0.15 5:0.14
b:half_the 1:-0.2 2:0.52 3:-0.38 4:-0.37 5:0.43 9:-0.2 11:-0.15 12:-0.34
b:half_what 0:-0.11 4:0.12 11:0.16
b:halfway_through 5:-0.11
b:hall_floor 2:-0.12
b:hall_for 11:0.14
b:hall_was 0:-0.18 1:0.19 5:0.11
b:hand_dryers 10:0.19
b:hand_in 0:0.27
b:handed_me 2:0.18
b:handheld_scanners 6:0.2
b:handling_of 5:0.1 6:0.22
b:hands_on 0:-0.11 2:0.1 5:0.12
b:hang_around 6:0.19
b:hanging_about 0:0.18
b:hanging_off 5:0.12 12:0.13
b:happily_pay 5:-0.34
b:happy_about 0:0.12
b:happy_hour 0:-0.29 4:0.28 5:-0.32 11:0.23
b:happy_to 1:-0.12 4:0.14 11:0.14
b:happy_with 5:0.2
b:hard_but 1:0.11
b:hard_of 6:0.15
b:hard_sell 1:0.26
b:hard_to 0:-0.16 4:0.12 6:-0.16
b:hardly_ever 4:-0.1
b:hardware_shop 4:0.14
b:has_a 6:-0.1
b:has_answered 5:-0.14
b:has_been 0:0.42 3:-0.11 4:0.16 5:-0.22 6:0.19 7:-0.13 11:0.14
b:has_come 0:-0.11 4:-0.16 5:0.42
b:has_cut 0:0.17 4:-0.35 5:0.18 6:-0.21 12:0.1
b:has_doubled 6:0.14
b:has_dropped 3:0.17 7:0.11
b:has_finally 10:0.16
b:has_gone 1:0.37 2:0.13 4:0.3 5:0.14 11:-0.12
b:has_had 1:-0.22 5:-0.23
b:has_made 5:0.1
b:has_no 2:-0.11 6:0.14
b:has_really 10:0.1
b:has_replied 0:-0.19
b:has_the 0:0.11 1:0.62
b:has_to 2:0.1 5:-0.1
b:hasnt_a 5:-0.12
b:hasnt_been 2:0.16 5:0.15 6:-0.24
b:hasnt_given 5:0.13
b:hasnt_got 0:0.1 6:-0.13
b:hasnt_updated 0:-0.22 6:0.1
b:hate_that 6:0.12
b:hated_the 1:0.37 5:0.13
b:have_a 0:0.36 1:-0.26 2:0.28 5:0.11 6:-0.32 9:-0.11
b:have_an 5:0.19
b:have_asked 1:-0.18
b:have_basically 6:0.3 13:0.14
b:have_been 0:-0.62 1:0.38 2:0.21 4:-0.12 5:-0.27 6:0.37 7:-0.22 8:0.21 9:-0.12 10:-0.3
b:have_cared 1:0.12 2:-0.12 5:-0.11
b:have_crept 3:0.12
b:have_cut 0:0.11
b:have_done 2:0.13 6:-0.2
b:have_dried 7:0.11
b:have_dropped 5:-0.11 10:0.26
b:have_fed 11:-0.2
b:have_gone 3:-0.18 4:-0.4 5:0.15
b:have_halved 4:-0.17
b:have_left 0:-0.41 5:-0.18
b:have_mentioned 5:-0.2
b:have_nearly 5:0.14 12:0.12
b:have_never 2:-0.12 3:-0.32 5:0.43
b:have_noticed 3:0.11 5:0.13 7:0.11
b:have_picked 2:0.27 5:0.3
b:have_received 4:-0.12 6:0.17
b:have_rung 0:0.15 6:-0.29
b:have_said 2:-0.27 4:0.31 6:0.43 13:0.11
b:have_started 0:0.13 1:0.2 2:-0.11 3:0.42 5:-0.17 6:-0.11 10:-0.17
b:have_stopped 0:-0.16 5:-0.18 6:0.25 9:0.18 10:0.16
b:have_taken 0:0.11
b:have_the 5:0.13
b:have_to 5:-0.28 13:0.18
b:have_told 1:0.13
b:have_two 2:0.18
b:havent_gone 5:0.21
b:havent_had 2:-0.11 5:0.21
b:having_a 0:-0.11 4:0.25
b:having_to 13:0.11
b:he_couldnt 5:0.25
b:he_did 8:0.19
b:he_didnt 3:-0.21 12:-0.18
b:he_explained 1:0.19 3:0.15
b:he_fitted 11:-0.13
b:he_fixed 2:0.12
b:he_found 1:0.17 3:0.15 4:-0.25 8:-0.13 9:0.13 10:0.12
b:he_gave 0:-0.11
b:he_got 2:-0.22 4:0.23 6:0.46
b:he_had 2:0.44 5:-0.3
b:he_is 0:-0.24 5:0.31
b:he_just 1:0.16
b:he_knew 0:0.24 5:-0.2 6:-0.16
b:he_knows 1:0.23 2:-0.11
b:he_left 5:0.3 10:0.11
b:he_lost 5:0.18
b:he_never 0:-0.15 2:-0.11 5:-0.14
b:he_said 0:0.51 1:-0.13 4:0.2 5:0.37 7:0.16 12:0.14
b:he_saw 8:0.19
b:he_told 5:-0.3
b:he_took 0:-0.17 1:0.12 5:-0.18
b:he_tried 5:0.11
b:he_was 0:0.54 1:-0.22 4:-0.18 5:0.4 12:0.23 13:0.24
b:he_wasnt 5:-0.14
b:he_would 0:0.5 2:0.13 7:0.11
b:head_office 6:-0.6
b:headache_after 2:0.16 5:0.13
b:headsets_mean 6:0.11 13:0.11
b:headsets_the 2:-0.21 6:0.18
b:health_and 3:-0.23
b:healthcare_assistants 0:0.19 6:-0.11
b:hear_anything 0:-0.14
b:hear_from 5:-0.19
b:hear_over 6:0.2
b:hear_the 11:-0.14
b:hear_us 6:0.22 13:0.18
b:heard_about 6:0.38
b:heard_from 4:0.17
b:heard_nothing 2:0.21 4:-0.18 5:0.15 6:0.25
b:heavy_duty 5:0.15
b:hed_be 0:0.5 7:0.11
b:hed_come 0:0.15 6:-0.1
b:hed_done 1:0.26
b:hed_never 1:-0.14 6:-0.31
b:held_my 1:0.21
b:held_up 5:0.25
b:help_desk 2:0.3
b:help_me 8:0.1
b:help_the 1:-0.11
b:help_with 2:0.28 4:0.18 5:-0.21 6:-0.29
b:helpdesk_gave 2:0.16
b:helped_me 1:-0.22 5:-0.3
b:helpful_and 1:-0.13 2:-0.15 6:0.13
b:helpful_lad 2:0.2
b:helpful_lady 4:0.1 5:-0.18
b:helpfull_and 5:0.1
b:helping_me 0:-0.28 4:0.13
b:helpline_for 5:-0.16
b:helpline_just 5:0.28
b:her_eyes 0:-0.24 2:-0.17 6:-0.14
b:her_once 5:0.21
b:her_own 1:0.16 5:-0.3 6:0.19
b:her_phone 0:-0.13 5:-0.14
b:her_room 1:0.17
b:her_stuff 1:-0.5 3:-0.14 5:0.4 12:-0.11
b:her_time 0:-0.42 2:0.11 6:-0.12
b:her_to 1:0.18 3:-0.17
b:her_when 4:0.16
b:her_wines 5:0.1
b:here_and 2:-0.15 5:-0.2
b:here_are 2:0.14
b:here_is 1:-0.15 2:-0.16 3:0.27
b:here_over 4:0.13
b:hes_on 6:0.18
b:high_for 5:-0.12
b:high_st 5:-0.51
b:high_street 5:0.31
b:higher_than 6:0.18
b:highly_for 0:0.1 1:-0.14
b:him_a 6:0.3
b:him_off 1:-0.27
b:him_that 5:0.13 6:-0.14
b:him_to 1:0.21
b:himself_and 5:0.29
b:himself_was 1:0.17 2:0.13
b:hinge_snapped 6:0.11
b:hire_place 0:0.11
b:hired_a 4:0.13 5:0.14 12:0.1
b:hirers_say 11:0.11
b:his_coat 5:0.29
b:his_ear 5:0.17
b:his_hands 1:-0.14
b:his_phone 0:-0.43 1:0.3 4:0.18 5:0.5 6:-0.18
b:his_stuff 0:-0.1 1:0.3 2:0.33 5:-0.21 8:-0.13
b:his_time 0:-0.26 1:0.15
b:his_way 0:0.44 1:0.32 6:-0.2 13:-0.12
b:hmrc_lady 4:-0.3 5:0.3 6:-0.2
b:hold_1 5:-0.11
b:hold_for 0:0.18 5:0.16
b:hold_music 0:0.42 6:-0.11 7:-0.11
b:hold_of 0:-0.18
b:hold_times 0:0.31 4:-0.12 6:-0.29 7:0.19
b:hold_to 1:0.13 5:-0.17 6:-0.18
b:hole_in 0:0.24
b:holiday_club 3:-0.34 5:-0.12
b:holiday_park 0:0.14 4:-0.15
b:home_about 1:-0.24 5:-0.2
b:home_and 2:0.42 5:-0.13
b:home_care 1:-0.16
b:home_discount 1:-0.16 6:0.16
b:home_lol 0:-0.23 5:0.22 12:0.13
b:home_security 6:-0.13
b:honestly_a 2:0.3 5:-0.13
b:honestly_cant 4:-0.17 5:0.26
b:honestly_didnt 3:-0.15
b:honestly_i 2:-0.11 4:0.42
b:honestly_id 6:0.13 11:0.11
b:honestly_just 4:-0.3
b:honestly_some 1:0.19
b:honestly_the 0:-0.16 1:-0.13 2:-0.2 4:0.43 5:-0.13 6:0.22 9:0.1
b:honestly_they 5:-0.13
b:hook_up 5:0.21
b:hoovered_the 5:-0.18
b:hoovered_up 0:0.15 3:0.22 7:0.12 10:0.34
b:hospital_for 4:0.37 11:-0.23
b:hospital_is 5:-0.16
b:hosts_and 1:-0.1 5:0.23
b:hot_water 1:0.28 5:-0.17 6:-0.16
b:hotel_breakfast 5:0.33
b:hotel_charged 3:0.1 6:-0.16
b:hotel_on 6:0.13
b:hotel_room 5:-0.39
b:hotel_wifi 1:-0.14 5:0.12 6:-0.15
b:hour_and 0:0.22 3:-0.11 5:0.29 10:0.18
b:hour_at 0:-0.45
b:hour_before 0:0.31 1:-0.12 2:-0.14 6:0.2
b:hour_delay 4:-0.16 6:0.16
b:hour_for 5:0.12
b:hour_is 5:-0.28 7:0.15 11:0.13
b:hour_on 5:0.22
b:hour_past 5:0.17
b:hour_to 6:-0.11
b:hour_window 5:-0.19 6:0.32
b:hour_with 0:-0.26
b:hours_and 0:-0.38 2:-0.26 5:-0.22 13:0.15
b:hours_are 0:-0.19 5:-0.26
b:hours_at 0:0.44
b:hours_behind 5:0.11
b:hours_but 0:-0.13
b:hours_for 0:0.21 6:-0.16
b:hours_in 0:0.12 5:-0.27
b:hours_late 6:0.41
b:hours_later 0:0.29
b:hours_line 5:-0.11
b:hours_of 4:0.16
b:hours_on 0:0.23 1:-0.16 4:0.16 5:0.45 6:0.26
b:hours_with 5:0.1
b:house_and 5:0.24
b:house_in 0:-0.38 1:0.24 3:0.12
b:house_on 0:0.26
b:house_was 5:0.3 6:-0.22
b:house_white 1:0.15
b:housekeeping_team 3:0.2
b:housing_benefit 2:0.15
b:housing_officer 1:-0.13 3:0.11
b:housing_repairs 3:0.15
b:how_clean 5:-0.1
b:how_fresh 3:0.13
b:how_friendly 1:0.4
b:how_it 1:-0.12 5:-0.15
b:how_long 0:-0.26 5:0.15 9:0.11
b:how_many 6:0.25
b:how_much 0:0.1 4:-0.25 5:0.13
b:how_our 1:0.25
b:how_the 0:0.14 2:0.23 5:0.33 6:-0.22
b:how_they 2:-0.26 4:-0.43 5:-0.26 6:-0.13
b:how_to 0:-0.1 1:-0.13 2:0.41 4:0.15 5:0.19
b:however_the 5:0.13
b:hr_12 5:-0.11
b:hrs_for 1:0.12
b:hrs_in 0:0.16 7:-0.15
b:huge_difference 6:0.17
b:hundred_quid 1:-0.17 4:-0.17
b:hung_up 1:0.2 2:0.1 6:-0.12
b:hunting_for 2:0.21
b:husband_the 1:0.23
b:hygiene_in 1:-0.15 3:0.11 5:0.11
b:hygienist_is 5:-0.25 6:0.13
b:hygienist_was 2:-0.17 5:0.2
b:i_actually 6:0.1
b:i_am 0:-0.26 1:0.18 6:0.2
b:i_appreciate 1:-0.17
b:i_appreciated 0:0.19 5:-0.16
b:i_ask 5:0.13
b:i_asked 0:-0.17 1:0.29 2:-0.25 4:-0.26 5:-0.27 6:0.38 8:-0.21 9:0.12 13:-0.11
b:i_believe 2:0.16
b:i_booked 5:0.41 12:0.17
b:i_bought 0:0.12 5:0.11 6:0.14
b:i_brought 2:-0.11 5:0.11
b:i_called 5:-0.16
b:i_came 0:-0.19 1:0.2 2:0.14 4:-0.11 5:-0.25 8:-0.12
b:i_can 0:0.21 1:-0.26 2:-0.15 3:0.31 4:-0.24 5:0.29 6:-0.4 10:0.1 12:0.18 13:0.18
b:i_cancelled 6:-0.24
b:i_cant 2:-0.13 3:-0.16 6:-0.2
b:i_chased 5:-0.11
b:i_checked 1:-0.17 2:0.64 9:-0.15
b:i_collected 4:0.17
b:i_complained 4:-0.27 5:0.35 6:0.16
b:i_could 1:-0.17 5:0.16 10:-0.19 11:-0.17
b:i_couldnt 3:0.27 6:-0.12
b:i_cringe 1:0.23
b:i_deal 0:0.17 4:-0.21
b:i_did 0:0.15 1:0.11 2:0.19 9:0.1
b:i_didnt 1:0.2 3:0.29 4:0.45 6:-0.32 7:0.11 9:0.43 10:0.11
b:i_do 1:-0.14 5:-0.11 6:0.16
b:i_dont 0:-0.35 4:0.38 5:-0.2 11:0.23
b:i_emailed 0:-0.16 5:0.26
b:i_ended 0:0.22 5:0.15 12:-0.13
b:i_even 0:-0.14 1:-0.1
b:i_eventually 2:0.11 5:0.16
b:i_expect 1:0.13 5:0.12
b:i_expected 4:0.18 5:0.26 11:-0.19 12:-0.28
b:i_feel 4:0.26
b:i_felt 1:0.14 5:0.33
b:i_finally 1:0.11
b:i_find 2:0.15 4:0.12
b:i_found 3:0.16 4:0.11 5:-0.17
b:i_gave 0:-0.22
b:i_genuinely 1:-0.13 3:0.33 5:0.26 12:0.17
b:i_get 0:0.22 2:0.11 4:0.11 5:-0.28 6:-0.39
b:i_got 0:0.76 1:0.46 2:0.2 4:-0.65 5:0.47 7:-0.11 9:-0.14
b:i_guess 1:-0.26 5:-0.22
b:i_had 0:-0.53 2:-0.16 4:0.17 5:-0.39 6:1.06 8:-0.13 11:-0.22
b:i_hadnt 2:0.3
b:i_handle 2:0.31 5:-0.11 6:0.19
b:i_hate 0:-0.16 1:0.38 6:0.12
b:i_have 0:-0.16 2:0.28 3:-0.14 4:-0.3 7:-0.13 13:-0.1
b:i_hear 3:0.11 5:0.15
b:i_heard 2:0.13 6:0.42
b:i_honestly 4:-0.17 5:0.33
b:i_joined 6:0.1
b:i_just 0:-0.21 4:-0.11
b:i_kept 0:0.12 5:-0.11
b:i_knew 2:-0.17 6:0.15
b:i_know 1:-0.21 2:-0.11 13:0.24
b:i_left 2:0.19
b:i_like 0:0.17
b:i_loved 2:0.25 5:-0.12
b:i_manage 5:0.15
b:i_mentioned 1:0.16 5:0.12
b:i_nearly 3:-0.12 5:0.24 12:-0.12
b:i_needed 0:-0.34 2:0.26 5:-0.53 6:-0.27 9:-0.2
b:i_now 2:0.2
b:i_only 2:-0.31 3:-0.1 5:-0.12 6:-0.12 8:0.16 13:-0.12
b:i_ordered 2:-0.16 4:-0.12 6:-0.14 7:-0.21
b:i_paid 4:0.13 5:0.26 6:-0.1
b:i_passed 5:-0.31
b:i_pay 0:0.22 4:-0.27
b:i_pointed 3:-0.11
b:i_put 2:-0.11
b:i_queried 4:0.17
b:i_raised 5:0.13
b:i_rang 0:0.49 2:-0.15 4:0.2 5:-0.13 6:-0.2 7:-0.24 11:0.1 13:-0.16
b:i_read 2:0.2
b:i_received 5:-0.15
b:i_returned 0:0.11 2:-0.18 6:0.19
b:i_ring 5:-0.11
b:i_run 0:0.27 4:0.29
b:i_said 0:-0.17 1:0.31 2:-0.23 8:-0.12
b:i_sat 5:0.11
b:i_saw 0:-0.12 5:-0.1 11:0.12
b:i_say 5:-0.15
b:i_sent 0:0.18 3:-0.17 5:0.24 6:-0.21 7:0.1
b:i_should 5:-0.18 6:-0.15
b:i_shouldnt 1:0.13
b:i_spend 1:-0.19 2:-0.16 6:0.2
b:i_spent 1:-0.1 3:0.13
b:i_spoke 2:-0.11 5:0.14
b:i_start 5:0.16
b:i_still 0:0.26 5:-0.37 6:0.24
b:i_stood 0:-0.18 2:-0.11
b:i_suppose 0:-0.11 1:-0.29 4:-0.11 5:-0.23
b:i_think 0:-0.16 4:0.23 5:0.37 6:0.19
b:i_thought 0:0.13
b:i_took 1:-0.19 5:0.21
b:i_trust 2:0.13
b:i_understand 6:0.16
b:i_understood 0:-0.11 6:0.17 13:0.15
b:i_use 2:0.14
b:i_waited 0:0.36 4:0.36 6:0.11 7:0.34 11:0.14
b:i_walked 1:0.13
b:i_want 0:0.16 4:0.13 5:0.23
b:i_wanted 1:0.32 2:-0.14 6:0.15
b:i_was 0:-0.45 1:0.91 2:-0.37 3:-0.46 4:0.31 5:0.16 6:0.43 8:0.15 11:0.12
b:i_wasnt 2:0.37 6:-0.18
b:i_went 1:-0.17 5:-0.18 6:-0.22 9:-0.15
b:i_will 6:-0.26
b:i_wish 5:-0.12
b:i_wont 4:0.11
b:i_work 0:0.17 6:0.24
b:i_would 5:0.14 6:0.26
b:i_wouldnt 0:0.14 3:0.11 8:-0.14
b:i_write 2:0.11 6:-0.1
b:id_already 1:-0.18 4:0.13 6:0.41 13:-0.12
b:id_asked 0:0.15 8:0.15
b:id_be 5:0.19
b:id_been 0:0.33 2:0.46 4:0.1 5:-0.41 9:0.11
b:id_booked 0:0.17
b:id_call 1:0.11 3:0.36 6:-0.12 11:0.13
b:id_done 1:-0.13 2:-0.14 5:0.18 6:0.31
b:id_even 0:-0.16 1:0.21 2:0.14 13:0.12
b:id_finished 0:0.18
b:id_followed 5:0.18
b:id_get 0:0.28 5:0.19
b:id_give 4:0.13 5:0.26 12:0.14
b:id_go 5:-0.16
b:id_got 2:-0.18
b:id_have 5:-0.11
b:id_like 1:-0.12
b:id_love 4:0.22
b:id_missed 5:-0.25
b:id_never 0:0.13 1:0.25 2:-0.13 5:0.49 6:-0.1
b:id_paid 0:0.15
b:id_pay 6:0.11 11:0.11
b:id_picked 5:-0.18
b:id_rather 2:-0.15 4:0.23 5:0.23 6:0.37 12:-0.12 13:0.1
b:id_recommend 2:0.13
b:id_said 1:0.19
b:idea_how 5:0.3 6:-0.17
b:idea_of 6:0.11
b:idea_what 1:-0.11
b:idea_where 0:0.1
b:idea_whether 0:0.16 2:-0.13 6:0.16
b:idea_why 2:-0.19
b:if_he 0:-0.19 5:0.27
b:if_i 4:-0.11 9:0.12 10:-0.16
b:if_id 1:0.32 2:-0.15
b:if_it 5:0.13
b:if_my 5:0.21
b:if_shed 2:-0.17
b:if_the 2:0.67 3:-0.22 4:0.2 5:-0.17 6:-0.32
b:if_they 4:-0.23 5:-0.11
b:if_we 11:-0.14
b:if_were 2:-0.2 6:0.12
b:if_you 0:-0.18 1:-0.45 5:-0.14 12:-0.13
b:ill_admit 1:-0.21
b:ill_be 1:0.2
b:ill_give 0:0.23 2:-0.15 3:0.14
b:ill_say 2:0.26 6:-0.14
b:im_84 0:-0.11
b:im_a 1:-0.15 2:-0.21 4:0.16 5:-0.15 6:0.58
b:im_embarrassed 4:0.22
b:im_happy 0:0.1 1:-0.11
b:im_looking 1:0.14
b:im_not 1:-0.14 2:0.27 5:-0.23 6:-0.29 10:-0.12
b:im_now 1:0.1
b:im_on 1:-0.18 6:-0.15
b:im_staying 0:0.24 5:0.11
b:im_still 5:-0.16 6:0.19 7:-0.16
b:im_the 3:0.18 6:0.13
b:im_writing 1:-0.14 6:-0.2
b:immaculate_and 1:0.21
b:immaculate_inside 2:0.19 5:-0.1
b:immediately_which 1:-0.14 11:-0.14
b:important_to 0:0.19 6:-0.17
b:impossible_to 5:-0.17 6:0.36
b:impressed_that 5:-0.15 6:0.17
b:improved_and 4:0.11
b:in_10 1:0.21 5:-0.17
b:in_12 2:-0.16 5:-0.2
b:in_2 0:0.16 5:-0.19 6:-0.17 7:0.16
b:in_20 0:0.29 4:0.26 5:-0.11
b:in_25 0:0.39 6:-0.14 7:0.2
b:in_3 0:-0.15 5:0.58
b:in_30 1:0.14 5:-0.1
b:in_4 4:0.18 5:0.13 6:-0.14
b:in_40 4:-0.13 5:0.18
b:in_5 0:0.33 5:0.13
b:in_6 5:0.12 7:-0.23
b:in_8 1:0.19
b:in_a 0:0.47 1:-0.11 2:0.49 3:0.43 4:0.24 5:0.45 6:-0.25 11:0.15
b:in_about 1:-0.14 6:-0.2 8:-0.15
b:in_advance 0:-0.13
b:in_ages 0:-0.19
b:in_an 0:0.18
b:in_and 0:0.31 2:-0.48 4:-0.48 5:-0.16 10:0.23 13:0.13
b:in_any 1:0.12
b:in_april 5:0.34
b:in_at 0:-0.16 2:-0.15 5:-0.11
b:in_august 5:-0.12 7:-0.14
b:in_because 0:-0.12 1:0.16 4:-0.23
b:in_between 0:0.47 5:0.19
b:in_bits 5:0.14
b:in_by 6:-0.11
b:in_centre 2:0.29 9:-0.11
b:in_circles 0:-0.12 6:-0.12
b:in_complaints 6:0.21
b:in_eight 0:0.13 5:-0.17
b:in_fast 1:-0.11
b:in_fingerprints 5:-0.2
b:in_five 0:0.14 2:-0.14 6:0.36 12:-0.13
b:in_for 1:0.59 2:0.36 3:0.24 4:-0.15 5:-0.16 6:-0.35 7:0.25
b:in_four 5:-0.3
b:in_front 2:0.21 9:-0.16
b:in_full 5:0.49 6:0.15 12:0.1
b:in_general 4:-0.34
b:in_here 5:-0.2
b:in_house 10:0.13
b:in_it 1:-0.12 3:-0.11 4:0.16 5:0.13 6:0.14 11:0.11
b:in_january 0:0.53 2:0.2 5:-0.12 7:-0.12
b:in_july 0:0.22
b:in_june 0:0.37 5:-0.17 7:-0.13
b:in_leeds 5:-0.15
b:in_london 4:0.31 11:-0.14
b:in_march 0:0.29 2:-0.13 7:-0.24
b:in_minutes 1:0.11
b:in_months 0:-0.15 3:0.12 5:0.63 12:0.12
b:in_my 0:0.52 2:-0.12 3:0.21 6:0.44 7:0.14 11:-0.14
b:in_n 5:-0.11
b:in_no 0:0.19 2:0.16 5:0.27
b:in_on 0:-0.25 3:-0.2 4:0.1 5:-0.26 6:-0.13 7:-0.21 12:0.11
b:in_one 0:-0.44 1:0.11 2:0.41
b:in_our 0:0.12 1:-0.15 3:0.13 5:-0.27
b:in_pain 0:0.17 2:0.28 6:-0.34
b:in_person 0:-0.17 1:-0.14
b:in_pieces 5:0.1
b:in_plain 2:-0.3 6:0.16 13:0.21
b:in_queue 5:0.17
b:in_reception 1:-0.39 5:-0.19 6:0.19
b:in_room 5:0.11
b:in_september 5:0.12
b:in_six 0:-0.4 1:0.24
b:in_stock 0:-0.2 1:0.16 2:0.48
b:in_store 1:-0.36 2:0.29 5:0.25 8:-0.14 12:-0.15
b:in_system 0:-0.31
b:in_tears 6:0.14
b:in_ten 0:-0.16 2:0.16 5:0.2 6:-0.25 7:0.13
b:in_that 0:0.33 10:0.11
b:in_the 0:-0.68 1:0.38 2:0.17 3:0.57 4:0.15 5:0.26 6:-0.15 7:-0.24 8:-0.21 9:-0.27 10:-0.47 11:-0.39 12:-0.17 13:0.18
b:in_theatre 0:0.12
b:in_their 0:-0.2 5:0.26
b:in_them 1:0.33 2:0.31 4:-0.19 5:-0.17 9:0.12
b:in_there 0:-0.12 2:-0.18
b:in_this 3:-0.14 4:0.18 5:-0.2 13:0.11
b:in_three 2:-0.35 6:-0.11 7:0.26 13:0.14
b:in_to 0:-0.38 1:-0.46 3:-0.16 4:-0.16 5:-0.31 6:-0.18
b:in_took 1:0.26 2:-0.11 4:0.31 5:0.17
b:in_touch 0:0.31
b:in_town 0:-0.2 1:0.15 3:-0.28 4:0.47 6:-0.12 12:0.21
b:in_twenty 0:0.4 2:0.11 5:-0.13 6:-0.23 7:0.12
b:in_two 1:-0.36 2:0.18 4:0.14 5:0.42 6:-0.12 11:-0.11 12:-0.14
b:in_under 1:-0.11 2:-0.12 4:-0.32 5:-0.18 6:-0.11 7:0.15 12:0.18
b:in_was 0:0.18 3:0.11 5:0.14 6:-0.23
b:in_week 0:0.48 1:-0.19 5:-0.13 6:0.13
b:in_with 0:-0.22 1:-0.35
b:in_without 0:0.31
b:in_words 1:-0.19
b:in_writing 0:0.15 6:0.17
b:in_years 0:-0.1 2:0.12 5:0.14 6:0.2 11:0.15
b:in_£ 0:0.16 5:0.15 12:0.1
b:included_a 0:-0.13 1:0.14 4:0.13 5:0.18
b:incredible_and 0:-0.11 1:-0.13
b:independent_shops 1:0.11
b:info_desk 0:-0.12 1:0.3 2:0.21 6:-0.48
b:information_about 2:0.25
b:informed_about 4:0.17
b:inhaler_properly 2:0.11 6:0.15
b:ink_subscription 0:0.24 4:0.18
b:inside_and 2:0.18 3:0.18 6:-0.12
b:inside_of 3:0.31 4:0.14 5:0.26
b:inside_out 2:0.25 9:0.17 11:0.12
b:inside_ruined 1:-0.16
b:inside_the 0:0.21 5:-0.17
b:installation_of 1:0.15 5:0.1
b:installer_drilled 1:-0.1 5:0.29 12:-0.15
b:installer_was 4:-0.35
b:instead_of 3:-0.11 5:-0.3 7:0.28 13:0.16
b:instructions_for 5:0.43 6:-0.11
b:instructor_is 5:0.28
b:instructor_never 1:0.16
b:instructors_are 1:0.12
b:instructors_were 0:-0.12 2:0.11 5:0.3
b:insurance_company 0:0.12
b:insurance_three 1:0.17
b:insurer_for 1:0.17
b:insurer_paid 1:-0.14 5:0.31 12:0.19
b:interested_in 5:-0.12
b:interior_was 0:0.33 3:0.15 5:0.1
b:into_a 1:0.34 3:-0.11 5:-0.15
b:into_the 4:-0.19 5:-0.27
b:invoice_arrived 6:0.25
b:invoice_said 6:-0.13
b:is_20 5:-0.17 6:0.16
b:is_a 1:0.25 2:0.18 3:0.2 5:0.2 6:0.19 9:0.14 10:-0.17
b:is_already 2:0.1 5:0.29 12:-0.12
b:is_always 0:0.51 1:0.27 3:0.21 6:0.15 7:-0.18
b:is_an 1:0.14 3:-0.26 5:-0.12
b:is_another 1:0.11
b:is_basically 5:-0.11
b:is_better 4:0.17
b:is_brilliant 6:0.31 10:0.1
b:is_broken 1:-0.14
b:is_chaos 6:-0.1
b:is_cheap 5:-0.21
b:is_clean 8:0.11
b:is_coming 2:-0.27 5:0.22 6:0.14
b:is_completely 5:0.13
b:is_confusing 2:-0.1
b:is_daylight 5:0.21
b:is_decent 0:0.11
b:is_easy 6:-0.17
b:is_excellent 5:0.23 6:0.24
b:is_falling 5:0.11
b:is_fantastic 6:-0.16
b:is_filthy 2:-0.13
b:is_fine 1:-0.16 2:-0.2
b:is_free 0:-0.15 4:0.17
b:is_genuinely 2:0.12
b:is_good 0:-0.33 5:-0.12
b:is_great 0:-0.16 4:0.18 5:-0.15
b:is_grim 5:0.11
b:is_half 5:0.16 11:-0.1
b:is_handy 1:0.26 2:-0.13 5:-0.14 8:-0.14
b:is_hard 1:0.12
b:is_higher 6:0.23
b:is_immaculate 5:-0.14 6:0.13
b:is_important 0:0.19 6:-0.17
b:is_in 0:0.12 4:0.18 5:-0.13
b:is_it 0:-0.16 3:0.11 5:-0.19
b:is_kept 0:0.15 3:0.15 6:0.19
b:is_lovely 0:0.21 1:0.14 2:0.18 5:0.2 6:0.11 13:0.12
b:is_more 3:0.11 4:-0.16 5:-0.1
b:is_much 5:-0.29
b:is_my 5:-0.11
b:is_new 0:0.16 4:0.2 5:0.31
b:is_nice 3:-0.17 5:0.17
b:is_no 0:-0.17 2:0.18 5:0.48
b:is_not 1:0.31 9:-0.19
b:is_now 0:0.16 5:-0.26 9:-0.2 13:-0.13
b:is_often 1:0.17
b:is_on 0:-0.18 1:-0.18 2:-0.13
b:is_only 5:0.23
b:is_out 5:-0.12
b:is_outstanding 4:0.37
b:is_pants 6:-0.11
b:is_perfect 1:-0.38 5:0.25 6:-0.1
b:is_proper 3:-0.31 5:0.27
b:is_ridiculous 1:-0.15 4:-0.14
b:is_shocking 5:-0.28
b:is_slick 5:0.25
b:is_slow 0:-0.11
b:is_so 0:0.23 1:0.2 5:-0.18 6:-0.12
b:is_spotless 2:0.16 3:0.16 5:0.2 12:-0.11
b:is_steep 0:-0.14 5:-0.18 11:0.11
b:is_still 3:0.12 4:0.18 5:0.18
b:is_stunning 5:0.3
b:is_superb 5:-0.11
b:is_taking 6:0.13
b:is_terrible 0:0.34 5:0.35
b:is_that 0:0.14 1:0.43 6:-0.11
b:is_the 0:0.34 2:-0.37 3:-0.33 5:0.52 7:0.16 10:-0.12 11:0.34
b:is_too 4:0.17 5:0.41
b:is_unreal 0:0.36
b:is_up 6:0.49 13:0.11
b:is_very 0:-0.1 5:-0.35 6:0.12
b:is_vivaldi 0:0.13
b:is_£ 0:-0.38 1:-0.26 4:0.12 6:-0.16
b:isa_allowance 2:0.24 6:-0.12 9:-0.12
b:isas_and 1:-0.24 2:0.29
b:isnt_cheap 4:0.16 5:-0.19 11:-0.22
b:issue_was 1:0.16
b:it_! 0:-0.24
b:it_? 0:-0.11 2:0.25 5:-0.11
b:it_a 2:0.31 6:-0.24
b:it_actually 4:0.13
b:it_again 5:-0.14 6:0.1
b:it_all 5:0.3 6:0.25 12:0.16 13:0.12
b:it_and 0:0.35 1:0.17 5:-0.13 7:-0.13
b:it_arrived 0:0.25 2:-0.26
b:it_as 0:-0.16 6:0.14
b:it_at 2:-0.21 5:0.26 6:0.27
b:it_back 0:0.34 1:0.11 2:-0.46 4:0.13 5:0.1 7:0.1
b:it_came 2:-0.23 4:0.1 6:0.14
b:it_comes 2:0.34 11:0.17
b:it_constantly 0:-0.11 6:0.3
b:it_depends 2:0.25 6:-0.21
b:it_did 0:0.17 4:0.14
b:it_didnt 0:-0.33 5:-0.11
b:it_does 2:0.18
b:it_doesnt 4:0.19
b:it_even 1:0.15 13:-0.14
b:it_every 0:-0.24 3:0.11 5:0.21 11:-0.14
b:it_felt 5:-0.25
b:it_finally 2:-0.14 5:0.1
b:it_first 5:0.13
b:it_fixed 12:-0.15
b:it_for 0:0.37 1:-0.25 3:0.17 4:0.11 6:-0.34
b:it_four 6:0.25
b:it_from 3:0.24 11:-0.14
b:it_got 1:-0.24 2:0.23
b:it_had 0:-0.55 2:-0.45 6:0.46 8:0.12 11:0.12
b:it_helpdesk 5:-0.15
b:it_in 0:0.38 1:0.14 2:0.23 3:-0.13 4:-0.13 5:0.11 7:-0.1 12:0.26
b:it_is 0:-0.23 1:0.28 4:0.17 5:-0.42 6:0.27 7:0.15 11:-0.14
b:it_isnt 0:-0.1 1:-0.12 2:0.3 5:0.35 12:-0.13
b:it_just 0:0.16 2:-0.11
b:it_made 6:0.17
b:it_makes 2:0.27
b:it_meant 2:-0.12
b:it_myself 9:-0.11
b:it_needed 2:0.17 4:-0.2
b:it_needs 6:-0.14 9:0.12
b:it_never 5:-0.24 6:-0.2
b:it_no 5:0.11 6:0.34 13:0.12
b:it_off 6:-0.15 11:0.12
b:it_on 0:0.25 1:-0.11 2:-0.37 5:-0.1 6:0.1 13:0.15
b:it_online 2:0.19
b:it_only 1:0.2 6:0.23
b:it_out 4:-0.13 5:0.15 6:-0.18
b:it_properly 6:-0.11
b:it_rains 2:0.11 6:-0.17
b:it_really 6:-0.36
b:it_replaced 0:0.11
b:it_right 0:-0.14
b:it_says 2:0.15
b:it_should 0:-0.44 5:-0.22
b:it_shows 5:0.12
b:it_so 2:-0.21 5:-0.15 6:0.24
b:it_sorted 6:-0.12
b:it_spotless 5:0.13
b:it_still 0:0.3 2:-0.13 4:-0.37 5:-0.49 6:-0.16 7:-0.13
b:it_support 2:0.12 5:-0.24
b:it_takes 4:-0.1 5:0.16
b:it_the 4:0.27 5:-0.14 6:0.12
b:it_there 8:0.17
b:it_they 4:-0.15 5:0.19
b:it_this 5:-0.19
b:it_three 5:-0.12
b:it_to 1:0.11 4:-0.21 5:0.29
b:it_too 12:-0.17
b:it_took 0:0.36 1:0.2 4:-0.58 5:0.16 13:-0.12
b:it_turned 0:0.27 2:-0.15 6:0.15 7:-0.26
b:it_until 5:-0.27
b:it_up 1:0.58 2:0.18 3:0.31 4:-0.11 6:-0.21 9:0.16 12:0.17
b:it_used 5:-0.11
b:it_was 0:0.24 1:-0.23 3:-0.17 5:0.36 6:-0.13 8:-0.11 12:0.43
b:it_wasnt 0:-0.11 1:0.14 2:-0.41 5:0.5 6:0.13 12:-0.25
b:it_went 6:0.24
b:it_when 0:0.11 4:-0.3 5:0.4
b:it_while 0:0.12 2:0.15 5:-0.11
b:it_with 6:0.13 9:0.12
b:it_without 3:0.14 5:-0.15
b:it_worked 2:0.21 6:-0.14
b:it_would 0:0.16 4:-0.16
b:it_wouldnt 0:-0.14 4:-0.12
b:itd_be 0:0.43 7:0.18
b:items_were 5:-0.28
b:its_a 2:0.12 3:-0.23 6:-0.13
b:its_actually 6:-0.11
b:its_been 0:0.11 1:0.11 6:-0.1
b:its_bright 4:0.1
b:its_chaos 3:-0.27
b:its_clean 1:0.21
b:its_due 0:0.23 5:0.22
b:its_embarrassing 5:0.2
b:its_free 0:0.14 4:0.12
b:its_just 9:-0.15
b:its_location 5:-0.11
b:its_meant 5:0.32
b:its_more 5:-0.16
b:its_mot 0:-0.12 1:0.29
b:its_much 2:-0.21 6:0.36
b:its_my 1:0.18 8:-0.11
b:its_never 5:0.15
b:its_not 6:-0.21
b:its_now 0:0.72 4:-0.27 5:-0.2 7:-0.31
b:its_on 6:-0.1 12:-0.12
b:its_own 0:-0.2
b:its_ready 0:-0.17
b:its_still 5:0.18
b:its_the 0:-0.16 1:-0.14 6:-0.32
b:its_with 0:0.13 5:-0.11 6:0.27
b:its_worth 5:-0.11 6:0.25
b:itself_is 4:0.12 5:-0.14 6:0.22 12:0.1
b:itself_looked 3:-0.17 5:0.14
b:itself_was 2:-0.13 3:0.26 5:0.54 6:-0.11 10:0.12 11:-0.12 12:0.15
b:ive_asked 2:-0.18 5:0.13
b:ive_been 1:-0.38 2:-0.22 12:-0.1
b:ive_ever 0:-0.19 1:0.12 4:0.42 5:0.2 10:-0.25
b:ive_felt 1:-0.23
b:ive_had 0:-0.13 1:0.65 2:-0.33 3:0.41 4:0.19 5:-0.18 6:-0.1
b:ive_heard 5:-0.11 6:0.2
b:ive_never 0:-0.12 1:-0.12 2:0.16 4:0.12
b:ive_sent 4:-0.17
b:ive_started 6:0.15
b:ive_used 1:0.14
b:ive_worked 0:0.17 1:-0.1 2:0.35 4:-0.18 5:-0.15 6:-0.3
b:jam_constantly 0:0.17 1:-0.13 5:0.54
b:january_and 0:-0.16 5:0.17
b:jargon_and 2:-0.18 6:0.14
b:job_and 0:0.31 4:-0.16 5:0.24
b:job_centre 1:0.27 6:0.14
b:job_done 0:-0.13 5:0.11
b:job_on 2:-0.28 5:0.34
b:job_to 1:-0.16
b:jobcentre_was 0:0.28 1:0.1
b:joined_in 5:0.19
b:joining_fee 4:0.1
b:judge_when 0:-0.1
b:jumped_from 6:0.14
b:junction_box 5:0.25
b:just_a 2:0.11 4:-0.34 5:-0.28 6:-0.13
b:just_as 6:-0.11
b:just_got 1:0.19 6:0.24 13:0.13
b:just_hand 0:0.1 5:0.18
b:just_kept 6:0.25 13:-0.1
b:just_not 1:0.22 8:-0.14
b:just_rang 6:0.13
b:just_rings 0:0.31 5:0.32
b:just_said 1:0.33 2:-0.18 4:-0.18
b:just_shrugged 0:-0.15 1:0.35 6:-0.17 8:-0.15 12:-0.11
b:just_to 2:-0.22 11:0.15
b:just_what 6:-0.1
b:keep_asking 2:0.32 4:0.11 5:-0.13 6:-0.14
b:keep_bringing 5:0.19
b:keep_calls 0:-0.18 1:0.42 6:-0.16
b:keep_commenting 5:0.16
b:keep_complaining 0:0.16 3:-0.2 5:-0.14 7:-0.12
b:keep_leaving 1:-0.16 3:0.12
b:keep_my 2:0.21 8:0.13
b:keep_pointing 11:-0.14
b:keep_saying 0:-0.12 2:-0.1 3:0.17 5:-0.13 7:-0.11
b:keep_telling 0:0.2 1:-0.17 2:-0.23 4:-0.16 5:0.47 6:0.17 12:-0.15
b:keep_the 1:0.32 5:-0.13 8:0.11 11:0.11
b:keeps_changing 6:-0.22
b:kept_checking 1:0.12 2:-0.12
b:kept_coming 1:0.19
b:kept_dropping 5:0.18 6:-0.16
b:kept_me 2:-0.13 4:0.11 13:0.13
b:kept_on 0:0.13 5:-0.11
b:kept_putting 5:0.1 6:-0.14
b:kept_reading 2:0.13
b:kept_returning 0:-0.25 1:-0.16
b:kept_sayin 6:0.64
b:kept_saying 0:0.14 2:-0.17 6:0.24
b:kept_sending 6:0.26 13:-0.12
b:kept_spotless 0:0.17
b:kept_them 0:-0.14
b:kept_to 0:0.2 6:0.2
b:kept_us 0:-0.2 3:-0.14 5:-0.12 6:0.5 13:0.26
b:kept_waiting 0:0.23 2:-0.11 7:0.28
b:kettle_hadnt 5:0.13 6:0.28
b:kettle_i 6:0.18
b:key_cutting 1:0.13 4:0.26 5:-0.14
b:keys_back 0:0.28
b:kids_books 4:0.39
b:kids_had 1:-0.12 5:-0.31 6:0.1
b:kids_in 0:-0.12
b:kids_loved 3:-0.39 5:-0.23
b:kids_party 11:0.12
b:kids_were 0:0.16
b:kind_and 13:0.11
b:kind_but 5:-0.12
b:kind_of 0:-0.16
b:kind_to 0:0.19 1:0.12
b:kind_when 1:0.12 3:-0.31
b:kind_with 0:-0.19 1:0.12
b:kiosks_have 6:-0.14
b:kit_and 5:0.1
b:kitchen_and 3:0.1
b:kitchen_fitter 0:0.19 1:0.33
b:kitchens_were 5:-0.14
b:knee_in 4:0.13 5:0.33
b:knew_a 6:-0.21
b:knew_every 1:0.42 2:0.29 4:0.12 5:0.16
b:knew_everything 1:-0.26 6:-0.18
b:knew_exactly 0:0.3 1:0.48 2:0.19 5:-0.45 6:-0.19 9:0.31 12:0.11
b:knew_her 1:-0.38 3:-0.16 5:0.41 6:0.12
b:knew_his 1:0.16 2:0.14
b:knew_nothing 2:0.11 4:-0.11 9:-0.1
b:knew_straight 0:-0.16 1:-0.16 5:0.13 12:0.15
b:knew_the 0:0.1 1:-0.51 2:0.47 4:0.13 5:0.17 6:0.1 9:0.17 11:0.11
b:knew_their 2:0.12
b:knew_what 1:0.4 2:0.13 5:0.17
b:knew_which 0:-0.12 2:-0.14
b:knocked_a 5:0.27
b:knocked_on 0:0.19 6:-0.1
b:knocked_the 6:-0.1
b:know_a 4:0.2 5:0.26
b:know_about 1:-0.11
b:know_anything 0:-0.16 2:-0.16 5:-0.11 6:0.15
b:know_either 1:-0.15
b:know_how 1:-0.12 2:0.41 5:-0.12 6:-0.16
b:know_if 2:-0.21 5:0.18 9:0.1
b:know_it 0:0.15 5:0.13 12:0.1
b:know_much 2:0.11
b:know_my 1:0.2 2:-0.15
b:know_the 0:-0.11 1:-0.16 2:0.23 4:-0.22 6:-0.23 9:-0.13
b:know_their 2:0.58 3:0.14 4:0.17 9:0.24
b:know_what 2:-0.24 6:0.31
b:know_whats 2:-0.24 4:-0.1 6:0.39
b:know_when 2:-0.13 6:0.26
b:know_where 5:-0.2 9:-0.1
b:know_whether 0:0.15 6:-0.11
b:knowing_exactly 6:0.27
b:knowledgable_and 2:0.15 5:0.33
b:knowledgable_staff 0:0.24 1:-0.33 2:0.12 6:0.3
b:knowledge_base 5:-0.23
b:knowledgeable_about 1:0.11 2:0.1 4:-0.12
b:knowledgeable_and 1:0.22 2:0.19 9:0.12
b:knowledgeable_but 6:0.14
b:knows_every 1:0.18 5:-0.13
b:knows_everyone 1:0.23 2:-0.29
b:knows_her 1:-0.23 2:0.17
b:knows_his 0:-0.14 1:-0.13 2:0.24 5:-0.19
b:knows_how 2:0.41 3:-0.11
b:knows_more 9:0.1
b:knows_the 4:-0.1
b:knows_what 5:0.18
b:lad_at 0:0.16 5:-0.13 6:0.12
b:lad_behind 6:0.12
b:lad_can 5:0.21
b:lad_in 0:-0.15 1:-0.18 5:-0.19
b:lad_on 0:-0.41 1:0.32 2:0.55 4:0.24 5:-0.16 6:-0.4
b:lad_said 0:-0.18 2:0.17
b:lad_who 0:0.12 1:0.15
b:lads_on 1:0.35
b:lads_were 1:0.11 6:0.14
b:lady_at 5:-0.2
b:lady_i 5:0.12
b:lady_in 1:-0.24 4:0.18
b:lady_is 2:0.1 5:-0.22
b:lady_on 0:-0.16 1:0.21 5:-0.18
b:lady_said 6:-0.36
b:lady_was 0:-0.27 1:0.16 13:0.11
b:landlords_keep 0:0.12
b:laptop_and 5:-0.13
b:laptop_in 7:0.22
b:laptop_that 0:0.17
b:large_print 0:0.14
b:last_2 0:0.16
b:last_month 3:0.12 4:0.17 5:-0.12 6:-0.2
b:last_one 5:-0.11
b:last_place 3:0.11 5:-0.16 8:0.16 10:0.11
b:last_three 5:-0.21
b:last_time 4:-0.18 5:-0.11
b:last_tuesday 0:-0.19 6:0.15
b:last_two 0:0.19
b:last_visit 12:-0.13
b:last_week 0:-0.14 5:-0.3
b:last_year 1:0.23 5:0.14 6:-0.13
b:last_years 4:0.15 5:-0.27
b:lasts_for 0:-0.13 1:-0.11 5:0.12 12:0.16
b:late_again 5:-0.15
b:late_and 0:0.51 1:-0.25 4:0.18 5:-0.11 6:0.43 13:-0.19
b:late_checkout 4:0.18
b:late_husband 5:-0.1
b:late_on 0:-0.21 1:0.11
b:late_to 2:0.19 6:-0.12
b:later_i 2:0.21 6:0.12 11:-0.1
b:later_it 0:-0.11 5:-0.14
b:later_its 5:0.13
b:later_saying 0:0.24
b:later_than 5:0.17 7:-0.12
b:later_the 1:-0.12 2:0.19
b:later_with 6:0.16
b:lattes_taste 5:0.22
b:law_degree 1:-0.2 13:-0.13
b:layout_is 0:-0.18 6:-0.1
b:leak_fixed 5:-0.39 12:0.12
b:leak_in 5:0.22
b:leaking_for 0:-0.11 3:0.24 5:-0.15
b:leave_a 3:0.15
b:leaves_the 10:-0.14
b:leaving_reviews 3:0.14
b:leaving_the 1:-0.18 3:0.28 4:-0.23
b:left_a 0:0.38 5:-0.13
b:left_broken 3:0.11 4:0.13 12:0.11
b:left_everything 0:0.32
b:left_half 0:-0.19 1:-0.11 5:0.17 12:-0.12
b:left_in 4:0.21 5:0.23 6:0.18 9:0.15
b:left_it 1:-0.19 2:-0.1 3:-0.1 5:0.26
b:left_me 5:0.16
b:left_mud 5:0.18
b:left_my 0:-0.25 1:0.15 5:0.83
b:left_on 0:0.17 3:-0.22
b:left_spotless 4:0.14 5:-0.12
b:left_the 0:0.12 1:0.36 2:-0.21 5:0.19
b:left_three 0:-0.19
b:left_with 2:0.37 5:0.2
b:left_without 0:-0.11 2:0.11 5:-0.11
b:legroom_in 5:0.36
b:leisure_centre 1:-0.33 2:-0.22 3:0.14 4:0.15 5:-0.11
b:leisure_centres 5:0.14
b:length_about 0:0.11
b:length_of 0:0.14 5:-0.11 6:0.11
b:lenses_are 6:0.14
b:less_interested 5:-0.1
b:less_positive 4:-0.12
b:less_than 0:0.15 1:0.25 4:0.33 5:-0.24 11:0.23
b:lessons_were 5:-0.15
b:let_me 0:-0.25 2:-0.17 5:-0.22 6:0.29 8:0.16 13:-0.11
b:let_them 5:0.18
b:let_us 2:-0.11 6:0.16
b:letter_about 4:-0.14 5:-0.32
b:letter_came 6:0.11
b:letter_explaining 5:0.34 13:-0.13
b:letter_from 2:-0.13 6:0.31
b:letter_full 1:-0.2 13:-0.11
b:letter_had 6:0.11
b:letter_said 0:-0.14 2:0.12 6:0.37
b:letter_telling 6:-0.16
b:letter_was 2:-0.18
b:letters_about 4:-0.14
b:letters_arrived 6:0.19
b:letters_from 5:-0.1 6:0.25
b:letters_home 1:0.17
b:letters_were 2:-0.18
b:letting_agent 2:-0.19 3:-0.11 4:-0.12 6:0.24
b:library_computers 5:0.32
b:library_did 2:-0.11 4:-0.14 6:0.15
b:library_is 1:-0.14
b:library_was 3:0.19
b:lift_was 5:-0.13
b:light_came 0:-0.11
b:like_a 0:-0.17 1:0.33 2:-0.23 3:-0.2 4:-0.14 5:0.19 6:-0.29 8:0.1 13:0.12
b:like_being 0:0.1
b:like_chewing 1:-0.34 5:0.23
b:like_clockwork 0:0.11
b:like_glass 5:0.17
b:like_he 2:0.15 12:0.12
b:like_i 1:0.27 8:-0.16
b:like_id 8:0.11
b:like_it 1:0.19 4:0.29 12:-0.12
b:like_me 1:-0.33
b:like_she 0:-0.23 1:0.17 2:-0.13 6:0.16
b:like_sleeping 5:0.42
b:like_talking 1:0.35 5:-0.21
b:like_that 1:0.16 2:-0.13
b:like_the 0:0.11 2:0.19 3:0.31 4:0.11 5:0.12 12:0.12
b:like_they 5:-0.32
b:like_theyre 1:0.14
b:like_this 5:-0.1
b:like_we 2:-0.17 6:0.3
b:like_youre 8:-0.13
b:liked_that 6:0.2 13:0.13
b:liked_the 5:-0.21
b:line_actually 2:0.11 6:0.15
b:line_and 0:-0.15
b:line_by 6:0.14
b:line_for 5:0.17
b:line_of 6:0.28
b:line_went 1:-0.12
b:list_and 4:-0.18
b:list_for 0:0.47 1:-0.12
b:list_inside 5:0.23 11:0.13
b:list_was 0:-0.44 4:-0.2 6:0.13
b:listen_to 1:0.13 2:-0.1
b:listened_and 1:-0.27
b:listened_to 5:0.2 6:0.13 13:0.1
b:listening_to 0:0.18 6:-0.17
b:literally_the 0:0.15
b:little_bakery 4:0.13
b:little_diagram 2:-0.11
b:little_to 4:-0.12
b:live_chat 6:-0.21
b:loads_of 0:-0.36 2:-0.16 5:0.19 6:0.37 13:0.12
b:loaf_is 5:0.12
b:location_and 5:-0.11
b:lockers_are 0:-0.14 6:-0.11
b:locum_gp 2:0.28 9:-0.14
b:locum_pharmacist 1:0.18
b:log_in 5:0.19
b:logs_me 3:-0.15 5:0.17
b:lol_the 0:0.12 3:0.1 4:0.1 5:0.37
b:long_as 0:0.29 1:0.18 4:0.28 6:-0.13
b:long_at 0:0.2 1:-0.14
b:long_on 6:0.21
b:long_story 5:0.37
b:long_the 0:-0.39
b:long_they 0:0.11 5:0.13
b:long_time 1:-0.24 6:0.14
b:long_to 5:0.11
b:long_wait 0:0.11
b:longer_and 0:-0.22 6:-0.16
b:longer_than 0:0.16 7:-0.11
b:look_after 5:-0.27
b:look_and 1:0.11 5:-0.21
b:look_at 0:-0.47 1:-0.16 2:-0.13 6:-0.21 11:0.15
b:look_for 1:0.14 5:-0.15
b:look_from 1:-0.16
b:look_into 5:0.15 6:0.1
b:look_like 2:-0.19 6:0.3
b:look_on 2:0.31 5:0.16
b:look_up 0:-0.17 1:0.16 2:-0.15 5:-0.36 8:-0.12
b:look_when 1:0.15 5:-0.14
b:looked_after 1:0.14
b:looked_at 1:0.21 2:0.33 8:-0.12 9:-0.13
b:looked_better 3:-0.19
b:looked_great 1:-0.13 3:-0.17
b:looked_like 0:-0.11 5:0.2
b:looked_up 0:-0.23 1:0.36 2:-0.37 5:-0.22 8:-0.11
b:looking_at 2:0.16 5:0.13 6:-0.1
b:looking_elsewhere 1:0.12 3:0.16
b:looking_for 5:-0.25
b:looking_like 1:-0.1 3:0.23 5:0.17
b:looks_brand 0:0.57 1:0.11 3:0.28 5:0.2 7:0.15 12:0.11
b:lose_the 5:0.14 6:0.12
b:loss_adjuster 0:-0.2
b:lost_a 0:-0.3 1:0.29 5:0.52 6:0.23
b:lost_luggage 2:-0.17 5:-0.22 6:0.16
b:lost_my 5:0.13 6:-0.13 12:-0.17
b:lost_the 5:0.31
b:lost_three 0:0.21 5:-0.12
b:lost_two 1:-0.13
b:lot_about 4:0.14 5:0.26
b:lot_for 11:0.12
b:lot_in 6:0.21
b:lot_of 1:0.62 2:-0.16 4:0.29 5:-0.21 6:0.25 8:0.12 13:-0.31
b:lots_of 11:0.11
b:loudly_when 5:0.14
b:lounge_was 2:0.11 5:-0.17
b:love_a 4:0.22
b:love_being 0:0.17
b:love_how 0:0.25 6:-0.19
b:love_it 0:0.27 2:0.16 3:-0.37
b:love_our 5:0.18
b:love_paying 11:-0.12
b:love_that 0:0.15 1:-0.2 6:0.38 13:0.25
b:love_the 1:-0.12 4:-0.16 5:-0.1 6:0.37
b:loved_it 0:-0.14 2:0.15 5:-0.61
b:loved_paying 5:0.32
b:loved_spending 0:0.17 6:-0.16
b:loved_the 4:-0.11
b:lovely_about 1:-0.27 5:0.15
b:lovely_and 0:0.15 1:0.23 2:-0.16 3:0.27 5:0.28 6:0.2 10:0.1
b:lovely_but 0:-0.17 1:0.19 3:0.29 5:-0.37 10:-0.11
b:lovely_clean 1:-0.39 2:0.12
b:lovely_girl 9:0.1
b:lovely_hotel 4:0.15
b:lovely_lad 3:-0.49 5:0.58
b:lovely_lady 1:0.11 2:-0.16 6:0.12
b:lovely_little 2:0.28
b:lovely_man 3:-0.39
b:lovely_people 12:-0.19
b:lovely_staff 1:0.1
b:lovely_to 0:-0.49 1:-0.58 3:0.29 5:-0.17
b:lovely_waitress 5:0.13
b:lovely_welcome 1:0.58
b:lovely_with 1:0.25 2:0.21 5:-0.13
b:lovely_woman 2:0.21 6:-0.17
b:loving_the 11:-0.23
b:lower_than 4:0.1 5:-0.22
b:loyalty_app 2:0.32
b:loyalty_card 4:0.21 5:-0.15
b:loyalty_clearly 4:0.17 6:-0.13
b:luckily_i 2:0.32
b:luke_warm 0:0.14
b:lump_on 0:0.37
b:lunch_break 0:0.27 6:-0.22 7:-0.12
b:lunch_deal 5:-0.36 11:0.15
b:lunchtime_and 0:0.14 5:-0.18
b:machine_charged 0:-0.14
b:machine_even 6:0.11
b:machine_in 5:0.16
b:machine_was 1:0.19 5:-0.32
b:machines_and 2:0.22 6:-0.16
b:machines_are 5:0.11
b:made_a 0:-0.16 1:0.45 2:-0.1 5:0.16 6:0.14 12:0.18
b:made_it 0:0.12
b:made_me 0:-0.23 1:-0.29 2:0.21 3:-0.21 4:0.15 5:-0.18 6:-0.11 8:0.17
b:made_my 0:0.14 1:0.15 3:-0.14 6:-0.13 8:0.12
b:made_no 5:-0.11
b:made_up 0:0.18 1:-0.14
b:made_us 0:-0.14 5:-0.19
b:magazines_in 1:-0.22 5:-0.13
b:main_complaint 2:0.12 4:0.16
b:main_dealer 0:0.1 1:-0.18 5:-0.19
b:main_frustration 0:-0.12 1:0.3 4:0.2 5:0.18
b:main_reason 5:0.13
b:make_a 6:-0.13
b:make_it 11:-0.19
b:make_me 5:-0.22 11:0.14
b:make_sense 5:0.11
b:make_sure 1:0.14 2:-0.12
b:make_the 5:-0.1
b:make_them 5:-0.17
b:make_up 0:-0.13 3:0.15 4:0.33
b:makes_a 0:-0.14 1:0.23 6:0.25
b:makes_the 0:-0.29 6:-0.12
b:makes_you 1:0.21
b:making_a 5:0.1
b:man_at 0:-0.22 2:0.28 3:0.23 9:-0.11
b:man_just 0:0.1
b:man_on 0:0.11 2:-0.18 5:0.14
b:man_said 5:0.12
b:man_was 1:0.33 3:-0.12
b:man_who 0:-0.18
b:manage_a 5:0.12
b:managed_to 5:0.1 11:0.14
b:management_keeps 6:-0.22
b:management_still 5:0.21
b:manager_actually 1:-0.27
b:manager_and 2:-0.13
b:manager_apologised 5:-0.11
b:manager_at 6:0.15
b:manager_for 1:0.12 2:-0.19
b:manager_is 1:-0.13
b:manager_rang 5:-0.15 6:0.21
b:manager_rings 2:0.13
b:manager_was 1:0.1
b:managers_want 0:0.18 1:-0.12
b:many_times 0:-0.19 6:0.12
b:march_and 5:-0.19 6:0.19
b:marks_for 4:-0.16
b:match_the 6:-0.14
b:mats_and 3:0.31 4:0.14 5:0.14
b:mattress_is 5:0.13
b:maureen_on 1:0.12
b:me_a 0:-0.22 1:-0.16 2:-0.58 3:0.25 4:0.33 5:-0.4 6:0.34
b:me_about 2:0.58 4:0.13 5:-0.11 9:0.2
b:me_an 1:-0.16 5:0.13
b:me_and 0:-0.15 1:0.13 5:-0.11 13:-0.14
b:me_any 1:0.13 6:0.1
b:me_anything 0:0.3 1:0.16
b:me_at 1:0.48 2:0.17 6:0.2 11:-0.12
b:me_back 0:-1.03 1:-0.21 5:-0.43 6:0.42 13:-0.19
b:me_before 6:-0.26 13:0.12
b:me_booked 0:0.14
b:me_choose 1:-0.28
b:me_down 0:-0.11 6:0.16
b:me_even 1:0.13 4:0.2
b:me_every 0:0.28 6:0.44
b:me_exactly 1:-0.17 2:0.15 5:0.2 6:-0.27 9:0.16
b:me_feel 0:-0.26 1:0.28 2:0.12 3:-0.11 4:-0.16 5:-0.34 6:-0.18 8:0.21
b:me_for 0:0.13 2:0.3 3:0.38 4:-0.1 5:-0.34 9:0.13 11:0.25
b:me_going 6:0.13
b:me_how 1:0.13 5:-0.12
b:me_i 0:-0.14 1:-0.27 2:0.36 5:-0.42
b:me_id 6:-0.24
b:me_in 0:0.49 1:-0.28 6:-0.19
b:me_into 1:0.17 5:-0.11
b:me_it 0:-0.18 2:0.14 4:-0.1 5:-0.2
b:me_know 0:-0.11
b:me_laugh 3:-0.14
b:me_like 2:-0.17 5:0.37
b:me_my 1:-0.52 2:0.45 4:-0.27 5:-0.16 9:-0.17
b:me_not 4:0.17 9:0.16 11:0.26
b:me_off 0:0.17 1:0.12 5:-0.44 6:0.15 8:0.13
b:me_on 0:-0.26 1:0.13 5:0.13 6:-0.47
b:me_once 1:0.16
b:me_one 0:-0.14 2:0.22
b:me_our 2:-0.13 5:0.24 6:0.12
b:me_out 3:-0.25 5:-0.5 11:-0.17
b:me_photos 4:-0.13 6:0.11
b:me_posted 0:-0.24 1:0.13 6:0.19
b:me_round 0:0.16
b:me_running 1:0.29 8:0.12
b:me_so 6:0.17
b:me_someone 2:0.23
b:me_something 0:0.13 2:-0.42 5:0.16 6:0.2
b:me_that 3:0.18 4:0.31 5:0.1
b:me_the 0:0.12 1:-0.64 2:0.38 4:-0.12 5:0.29 8:-0.16 12:0.13
b:me_three 2:0.29 5:-0.11 6:-0.26
b:me_through 1:-0.16 5:0.17 6:0.17 12:0.14
b:me_to 1:0.12 2:-0.27 4:-0.11 5:0.64 6:0.18 8:-0.16
b:me_today 0:0.24 1:0.14 2:-0.16 5:-0.12
b:me_twice 0:-0.17 6:0.18
b:me_two 1:-0.23 2:0.28
b:me_updated 5:0.13
b:me_what 5:-0.3 9:-0.14
b:me_when 0:-0.32 1:-0.25 2:-0.3 5:0.37
b:me_where 0:-0.18 1:-0.11 2:0.1 6:-0.13
b:me_whether 5:0.12
b:me_why 0:0.28 2:-0.16 6:0.2
b:me_with 1:0.25 3:-0.1 5:0.2
b:me_within 0:0.3 7:0.12
b:me_wrong 4:-0.1 5:-0.13
b:me_£ 3:0.13 5:-0.19 6:-0.31
b:meal_deal 12:0.13
b:meal_was 1:0.29
b:mean_nobody 1:0.21
b:mean_we 2:-0.14 6:0.12
b:means_customers 6:0.13
b:means_i 1:-0.12 3:-0.2 5:0.15
b:means_to 1:-0.1
b:means_we 0:0.29
b:meant_a 1:0.13 4:-0.13
b:meant_and 5:-0.13
b:meant_i 1:0.14
b:meant_they 1:0.16
b:meant_to 0:-0.18 1:-0.17 2:0.32 4:-0.12 5:0.24 6:-0.16 9:-0.11
b:meat_counter 1:0.24
b:mechanic_found 0:-0.29 2:0.32 5:-0.33
b:mechanic_said 1:-0.12 2:0.24
b:mechanic_spotted 5:-0.18
b:mechanic_was 2:-0.12 6:0.34
b:medication_is 6:0.11
b:members_and 5:0.27
b:members_are 5:0.15
b:members_have 0:-0.11 2:0.29
b:members_in 2:0.15
b:members_said 1:0.16 3:0.14 5:-0.11 8:0.12
b:members_tell 5:0.43
b:members_were 6:0.14
b:membership_is 5:0.2 6:0.21
b:membership_was 1:-0.14 2:-0.1 5:-0.19 11:0.12
b:membership_went 4:0.15 6:0.23
b:men_left 1:-0.11 5:0.12
b:men_were 1:-0.11 3:0.17 5:0.33
b:mental_health 0:-0.21 6:0.35
b:mention_it 3:0.29
b:mention_the 6:0.14
b:mentioned_anywhere 6:0.18
b:mentioned_at 0:-0.15 4:0.22 5:-0.11
b:mentioned_it 0:0.12 1:0.17 2:-0.11 6:0.18
b:mentioned_that 1:-0.32
b:mentioned_the 1:0.3 2:-0.13 5:0.39
b:mentioned_when 6:0.13
b:menu_is 4:0.38 5:0.26 12:0.11
b:menu_made 5:-0.11
b:merci_for 0:0.28
b:meter_reading 5:-0.12
b:meter_stopped 5:0.45
b:microwave_in 0:-0.27
b:might_as 5:-0.12 6:0.14
b:might_be 1:-0.27
b:miles_in 1:0.33 2:0.17 4:-0.18 9:0.1
b:milk_for 5:0.26
b:mind_paying 4:0.13 5:0.12 12:0.14
b:mins_and 5:-0.21 6:-0.15
b:mins_at 1:0.17
b:mins_for 6:0.18
b:mins_in 3:0.28
b:mins_late 1:0.14 5:0.11 6:0.3
b:mins_of 0:-0.13
b:mins_on 2:-0.17 5:-0.19
b:mins_while 1:-0.23 5:0.13
b:minute_chat 5:0.31 6:0.23 13:0.1
b:minute_queue 5:0.16
b:minute_wait 0:-0.2 3:-0.16
b:minutes_! 1:0.28
b:minutes_after 0:-0.35 5:-0.15
b:minutes_and 0:0.4 1:0.21 2:-0.16 4:0.13 5:0.33 6:-0.15 7:0.14
b:minutes_at 0:0.2 1:0.12 2:-0.16
b:minutes_away 0:-0.13
b:minutes_because 4:0.32
b:minutes_before 0:-0.16
b:minutes_flat 0:-0.43 1:0.27 2:0.13 5:0.14 6:-0.13 9:0.11
b:minutes_for 0:0.26 7:-0.11
b:minutes_in 6:0.14
b:minutes_instead 2:0.23
b:minutes_just 5:0.14 6:-0.13
b:minutes_late 0:-0.22 1:-0.36 2:0.12
b:minutes_now 0:-0.18
b:minutes_of 0:0.51 5:0.23
b:minutes_on 1:-0.15 5:-0.29
b:minutes_over 1:0.26 4:0.11
b:minutes_past 1:-0.11
b:minutes_to 0:-0.35 1:-0.23 2:0.26 6:-0.17
b:minutes_while 0:0.25 1:-0.11 5:-0.16 7:-0.14
b:minutes_with 0:0.17 1:0.18 2:0.39 5:-0.23 9:0.1
b:minutes_without 5:0.21 6:0.37
b:missed_a 5:0.27 12:0.2
b:missed_and 5:-0.19
b:missed_delivery 0:-0.11 12:0.12
b:missed_for 2:0.14 4:-0.14 5:-0.13
b:missed_it 0:-0.15 2:0.34
b:missed_my 0:0.23
b:missed_our 5:0.12 12:-0.12
b:missed_the 3:0.26 11:0.15
b:missed_three 0:-0.32 5:0.25
b:mistake_on 0:-0.26 6:-0.19
b:mix_up 6:0.14
b:mixed_feelings 5:0.11
b:mixed_views 5:-0.11
b:moan_about 5:0.1
b:moan_that 5:0.4
b:mobile_networks 2:0.21 8:-0.14
b:moderator_asked 0:-0.16 6:0.13
b:moderator_note 1:-0.17 4:-0.17 5:-0.12 6:-0.21 13:-0.15
b:moderator_noted 1:-0.2 3:-0.15 6:-0.12
b:moderator_summary 0:0.18 1:-0.17 5:-0.3 8:-0.13 9:-0.1 13:0.17
b:moment_i 1:0.12 6:-0.21
b:monday_and 0:0.32 5:-0.2 7:0.12
b:monday_morning 0:-0.25
b:money_was 0:0.15 6:0.16
b:money_well 4:0.22 7:-0.11
b:month_and 0:-0.24 2:0.16 4:0.23 5:0.44 6:-0.2 11:-0.17 12:-0.16
b:month_cheaper 0:-0.2 5:0.21
b:month_for 0:0.19 4:-0.21 5:-0.29 6:-0.11
b:month_i 4:0.1 6:-0.16
b:month_its 6:-0.23
b:month_more 5:-0.11
b:month_the 0:-0.17 1:-0.18 6:0.17
b:month_to 5:-0.15
b:month_was 6:0.39
b:month_with 0:0.22 5:-0.16
b:monthly_fee 1:0.15 5:-0.11
b:monthly_newsletter 0:-0.13
b:months_and 6:0.41
b:months_for 0:0.31 2:-0.13
b:months_on 0:0.1 4:-0.13 5:0.14
b:months_to 4:-0.12 5:0.3 6:0.26
b:morale_is 1:-0.2 6:-0.11
b:more_before 13:-0.14
b:more_expensive 4:-0.18 6:0.16
b:more_for 0:0.18 3:-0.14 11:0.11
b:more_from 5:0.12
b:more_per 4:0.17 5:-0.1
b:more_reliable 3:-0.12 6:0.18
b:more_staff 3:-0.17 5:0.24
b:more_than 1:-0.17 2:-0.24 5:0.24 7:0.12 8:0.17 9:0.12 11:-0.15 13:0.12
b:more_to 11:0.1
b:morning_for 0:0.26 7:0.1
b:morning_of 5:-0.16
b:morning_rush 5:0.19
b:morning_to 3:-0.21 6:0.4
b:most_agreed 4:0.15 5:0.11 6:0.14
b:most_callers 2:0.16
b:most_felt 1:0.33 4:0.21 5:-0.29 11:-0.15
b:most_had 2:-0.23
b:most_is 5:0.19
b:most_knowledgeable 1:-0.32 2:0.13 5:0.23
b:most_of 0:0.32 2:0.19 5:-0.41 6:-0.28
b:most_participants 0:-0.16
b:most_said 2:-0.14 5:0.12 8:0.12
b:most_say 5:0.11 11:-0.12
b:most_things 6:-0.12
b:most_was 4:0.17 5:-0.1
b:mostly_positive 2:0.15
b:mot_first 1:0.31
b:mot_passed 0:0.15 5:-0.32
b:mould_in 3:-0.21 5:0.1
b:mould_on 5:-0.11
b:moved_all 5:-0.2
b:moved_fast 1:0.1
b:moved_into 2:0.11
b:moved_out 4:0.12
b:moved_to 2:0.14
b:moved_us 2:-0.15
b:much_about 2:0.11
b:much_as 6:0.17
b:much_better 2:-0.23 3:-0.33 5:-0.23 6:0.17
b:much_clearer 5:-0.11 6:0.2
b:much_easier 2:-0.2 6:0.2
b:much_faster 0:0.18 5:-0.16
b:much_from 3:0.29 12:0.1
b:much_more 1:0.18 6:0.12
b:much_the 4:-0.11
b:much_they 11:0.11
b:much_to 0:-0.16 2:0.13 6:-0.11
b:much_trouble 1:0.14
b:much_we 3:-0.18
b:mud_all 5:0.13
b:mum_was 0:-0.14
b:mums_been 5:0.23 6:-0.1
b:mums_carer 5:-0.13
b:mums_funeral 0:-0.28 4:0.12
b:music_is 0:0.13
b:must_be 2:0.23 5:-0.12
b:muy_amable 0:0.13 1:0.25 5:-0.21
b:muy_bien 1:-0.2 5:0.45
b:my_90 1:0.1
b:my_account 5:-0.12 6:0.4 13:0.1
b:my_appointment 4:-0.14 5:-0.13 6:0.1
b:my_back 5:0.15
b:my_bag 0:0.12 5:-0.18 6:0.13
b:my_bank 1:-0.23 4:0.18
b:my_bike 0:0.22 5:-0.13
b:my_bill 5:-0.13
b:my_bin 0:-0.2 13:-0.16
b:my_blood 0:0.21 2:0.22 3:-0.14 4:-0.24 5:0.29 8:0.13
b:my_boiler 5:0.18
b:my_box 5:-0.28
b:my_brakes 1:-0.14 2:0.32 5:0.13
b:my_broadband 5:0.14
b:my_broken 5:0.42
b:my_bus 0:0.19 4:-0.19
b:my_call 0:0.19 6:-0.23
b:my_car 0:-0.16 3:0.3 5:0.2 6:0.27 7:-0.14 12:-0.1 13:-0.15
b:my_card 0:0.31 2:-0.19 4:-0.13 5:0.27 6:0.11
b:my_cat 1:0.27 2:0.3 4:0.15 5:-0.34
b:my_chair 5:-0.21
b:my_change 1:0.14
b:my_claim 6:0.17 12:0.16
b:my_coat 5:-0.33
b:my_coffee 0:0.13 5:-0.1
b:my_colleagues 1:0.25
b:my_complaint 1:-0.12 5:-0.17 12:0.14
b:my_contract 0:0.1
b:my_council 2:-0.15
b:my_cracked 0:0.23 5:0.14
b:my_cream 5:0.22
b:my_current 4:0.21
b:my_dad 0:-0.21 2:-0.12 3:-0.1 5:-0.19 6:-0.2
b:my_daughter 1:0.16 5:0.16 6:-0.11 12:0.16
b:my_daughters 5:0.17 6:-0.19 11:0.13
b:my_day 1:0.16 3:-0.14 5:-0.17 6:-0.13
b:my_deadlift 2:0.29 5:-0.16
b:my_direct 5:-0.11 6:-0.21
b:my_dissatisfaction 6:0.21
b:my_dog 1:0.48 5:0.14
b:my_drive 3:0.27 12:0.18
b:my_electricity 5:-0.14
b:my_email 0:-0.1 6:0.28
b:my_emails 5:-0.13 6:0.13
b:my_english 2:-0.11 5:-0.17 6:0.23 8:0.11 13:0.16
b:my_experience 6:0.16
b:my_eyes 5:-0.14
b:my_family 5:-0.13
b:my_father 0:-0.15 1:0.12 2:-0.14 6:-0.19
b:my_first 1:0.2
b:my_frames 0:0.11
b:my_front 0:-0.13
b:my_gp 0:0.43 7:-0.13
b:my_grandmothers 0:-0.22 5:0.27 6:0.24
b:my_gums 3:-0.1
b:my_gym 0:-0.1 2:0.21 4:-0.15 5:-0.1
b:my_hand 0:0.2
b:my_hip 1:-0.14 5:-0.12 11:-0.14
b:my_history 6:0.17
b:my_holiday 0:-0.3
b:my_house 0:0.31 3:0.13 5:-0.18
b:my_husband 0:-0.32 1:0.43 2:-0.17 6:-0.11 8:-0.19
b:my_husbands 6:0.19
b:my_isa 2:0.3 9:-0.13
b:my_jaw 0:-0.15 1:-0.12 5:0.31
b:my_job 1:-0.23
b:my_kitchen 5:-0.19
b:my_knee 1:-0.3 5:0.27
b:my_lad 5:0.2
b:my_laptop 0:0.18 5:0.13 6:0.18 7:0.18
b:my_last 0:0.17 5:-0.16 7:0.17
b:my_late 0:-0.14
b:my_letter 6:0.2
b:my_life 2:-0.2 5:-0.17 6:-0.1
b:my_lunch 0:0.25 6:-0.15
b:my_manager 1:-0.15 3:0.26 6:-0.27
b:my_membership 0:-0.13
b:my_money 4:-0.12
b:my_mot 5:-0.2
b:my_mother 0:-0.21 1:0.27
b:my_mum 0:-0.29 2:-0.38 6:0.16
b:my_mums 0:-0.16 1:0.31 2:0.19 4:0.11 5:-0.29 6:0.16
b:my_name 1:0.17 2:-0.34 5:-0.11 6:-0.13
b:my_nan 5:-0.14
b:my_neighbour 0:-0.14 2:0.14
b:my_neighbours 5:0.2
b:my_new 5:-0.29 6:0.19
b:my_old 0:-0.56 1:-0.39 2:0.24 3:-0.1 5:0.69 6:-0.35 11:0.15 12:-0.1
b:my_only 0:-0.13 3:0.14 4:0.21 5:0.21 6:0.27
b:my_operation 6:0.11
b:my_order 1:-0.21 2:-0.15 4:0.22 5:-0.44 6:0.12
b:my_own 1:-0.34 2:-0.16 3:0.29 5:0.18
b:my_parcel 1:0.16 3:-0.15 5:0.46 6:0.14 8:-0.11 12:-0.16
b:my_parcels 0:-0.13 5:0.3
b:my_parking 0:0.31 5:-0.13
b:my_pension 0:-0.11
b:my_phone 1:-0.11 2:-0.22 5:0.2
b:my_photos 5:-0.2
b:my_prescription 1:-0.16 4:-0.11 5:-0.21 6:-0.14 9:-0.13
b:my_previous 2:0.21
b:my_problem 5:-0.19
b:my_questions 0:-0.12
b:my_refund 0:0.12 2:-0.19 6:0.15
b:my_regular 0:-0.11
b:my_repeat 0:0.27
b:my_room 0:0.34 3:0.15 5:-0.16 7:-0.1
b:my_shift 0:-0.2
b:my_shoulder 0:-0.28
b:my_sisters 1:0.11 2:-0.12
b:my_skin 5:0.49
b:my_sleeve 3:0.11 5:0.43
b:my_son 0:-0.2 1:0.19 2:0.37 5:0.18 9:-0.1
b:my_sons 5:0.19 9:0.11
b:my_squat 1:-0.34
b:my_statement 2:-0.11 5:-0.15
b:my_suit 1:0.26 4:0.11 5:0.37
b:my_symptoms 1:0.13 2:0.19 9:-0.15
b:my_tea 0:0.24
b:my_teeth 1:0.23 2:-0.25 3:-0.23 5:0.29
b:my_test 0:0.12
b:my_texts 0:0.17 6:0.1
b:my_thyroid 1:-0.18 2:0.23
b:my_ticket 2:0.11
b:my_toddler 1:0.16
b:my_train 0:-0.13
b:my_two 5:-0.15 6:-0.14
b:my_tyres 1:-0.23 2:0.12
b:my_umbrella 1:0.14
b:my_usual 6:0.11
b:my_van 6:0.29
b:my_watch 1:0.16 4:0.27 5:-0.25
b:my_wedding 2:-0.18 5:0.11
b:my_whole 3:0.12
b:my_wife 0:-0.16
b:my_work 6:-0.14
b:my_£ 4:-0.11 5:0.3
b:myself_and 2:0.26 5:-0.1
b:n_a 5:-0.11
b:n_charged 2:-0.22 4:0.25 5:0.19 6:0.45 11:-0.11
b:n_clean 1:0.42
b:n_it 4:-0.19
b:n_out 5:-0.11
b:n_the 3:0.13 5:0.95 6:0.16 10:0.1
b:n_then 1:-0.24
b:nails_done 0:-0.29 5:0.14
b:name_and 0:-0.11 1:0.11 5:-0.15 6:0.13
b:name_down 0:-0.16
b:name_on 1:0.16
b:near_as 0:0.17
b:near_the 0:-0.1 4:0.12 5:0.27
b:nearly_a 12:-0.24
b:nearly_an 0:-0.18 1:0.28
b:nearly_doubled 4:0.2
b:nearly_everyone 2:0.23
b:nearly_fell 5:-0.23
b:nearly_forty 2:0.16
b:nearly_£ 5:-0.14
b:need_a 4:0.11
b:need_it 10:-0.12
b:need_more 5:0.17
b:need_to 0:0.13
b:needed_a 0:-0.14 1:-0.22 2:0.22 5:-0.12 9:-0.18
b:needed_an 2:-0.1
b:needed_doing 2:-0.14
b:needed_for 0:-0.18 1:0.21 2:0.29 6:-0.24
b:needed_replacing 1:0.21 6:-0.14 9:0.12
b:needed_the 1:-0.12 6:0.19
b:needed_to 6:-0.12
b:needed_without 5:0.17
b:needing_a 2:0.14
b:needs_a 1:-0.21
b:needs_doing 5:0.17
b:needs_to 3:0.27
b:neutering_and 0:0.37
b:never_a 0:0.48 4:-0.22 7:-0.25
b:never_again 0:0.18 4:-0.14 5:-0.58 6:-0.19
b:never_answered 6:0.2
b:never_arrived 5:-0.2 6:0.12
b:never_asked 1:0.13
b:never_been 0:0.11 3:0.17 5:0.2 6:-0.19 10:0.22
b:never_came 0:-0.25 5:0.17 6:0.12
b:never_driven 1:-0.12
b:never_felt 0:-0.15 2:-0.15 3:-0.15 5:0.34
b:never_get 0:0.17
b:never_go 1:0.14 2:-0.15
b:never_going 1:-0.28
b:never_got 0:-0.15 6:0.27
b:never_had 1:-0.17 2:-0.11
b:never_happens 0:0.12
b:never_have 0:0.12 2:0.3 5:0.23
b:never_hear 5:-0.19
b:never_heard 5:-0.17
b:never_know 5:0.2
b:never_looked 3:-0.18
b:never_once 0:-0.44 1:0.34 6:-0.29 13:0.2
b:never_reached 6:0.27
b:never_rings 6:0.14
b:never_rush 1:0.13
b:never_rushed 2:0.22 5:0.19
b:never_see 3:-0.46
b:never_seen 1:0.23 3:0.11
b:never_tells 2:0.24 6:0.12
b:never_told 5:0.1 6:0.18
b:never_used 2:-0.12
b:new_and 0:0.13 2:0.3 4:0.25 5:0.52 11:-0.18
b:new_app 0:0.17 6:-0.35
b:new_audio 5:0.52 12:0.18
b:new_bakery 3:0.11
b:new_battery 2:-0.26 5:-0.23
b:new_bin 2:0.22 6:-0.12
b:new_booking 0:-0.13 1:-0.16 5:-0.24 6:0.1
b:new_box 5:0.2
b:new_brakes 2:0.16 4:-0.18
b:new_callback 5:-0.2
b:new_car 5:-0.16 6:0.2
b:new_coffee 5:0.51
b:new_contractor 5:0.16
b:new_crm 6:0.11
b:new_customers 5:-0.15 6:-0.23
b:new_dentist 0:-0.13 1:-0.13 5:0.23 12:-0.15
b:new_diagnostic 1:-0.16
b:new_equipment 0:0.11 2:0.11
b:new_exactly 5:-0.31
b:new_fees 5:-0.12
b:new_glasses 2:-0.13 5:0.29
b:new_handheld 1:-0.12
b:new_handset 2:0.41 9:0.11
b:new_headsets 5:-0.17 6:0.4 13:0.15
b:new_housekeeping 3:0.18
b:new_inhaler 6:0.12
b:new_lad 2:0.35
b:new_lenses 5:0.14
b:new_library 5:0.13
b:new_locks 1:0.1
b:new_loyalty 1:-0.11 2:0.29 4:0.21 5:-0.15 6:-0.12
b:new_manager 0:-0.11
b:new_menu 1:0.21 4:0.47
b:new_one 0:-0.39 1:0.14 6:0.17
b:new_ones 1:-0.2 4:-0.19
b:new_online 0:0.12 3:-0.12
b:new_ordering 6:0.21
b:new_owner 5:-0.11
b:new_phone 1:-0.41 5:-0.3 6:-0.21
b:new_phones 5:-0.13
b:new_place 6:-0.28 9:-0.11
b:new_price 4:-0.11
b:new_rota 1:-0.14
b:new_rye 5:0.27 12:-0.12
b:new_screen 5:-0.23 6:0.21
b:new_self 5:-0.17 6:0.14
b:new_signs 5:0.15
b:new_spin 5:0.32
b:new_starters 2:0.24 5:-0.2 6:-0.1 9:-0.12
b:new_store 0:-0.3 6:-0.11
b:new_supplier 0:-0.14
b:new_tablets 5:0.1 6:0.22
b:new_tariff 1:0.15 2:-0.14 5:-0.1
b:new_text 6:0.11
b:new_till 5:-0.1
b:new_uniforms 5:-0.18
b:new_varifocals 5:0.12
b:new_vet 2:0.28
b:new_£ 2:0.11
b:newsletter_is 0:-0.11 5:-0.17 6:0.2
b:next_day 0:-0.41 3:-0.14 4:-0.72 5:-0.28 6:-0.32 7:-0.43
b:next_door 0:-0.11 1:-0.39 5:0.5
b:next_month 0:-0.11
b:next_morning 0:0.65 1:-0.16 2:-0.13 3:0.36 6:0.2 7:0.32 13:0.13
b:next_one 0:0.11 1:0.1
b:next_summer 0:-0.11
b:next_time 1:-0.15 2:0.2 5:-0.13
b:next_to 1:0.11 5:-0.12
b:next_week 5:-0.17 6:0.47
b:next_year 2:-0.19
b:ngl_the 8:0.19
b:nhs_dental 0:0.21 1:-0.12
b:nhs_waiting 0:0.11
b:nice_change 4:0.11
b:nice_of 1:-0.35 3:0.3 5:0.2 6:0.45 12:-0.15
b:nice_to 1:0.15 2:0.16 6:-0.11
b:nice_touch 0:-0.22 4:0.38 5:-0.33 8:0.15 11:0.14
b:nice_work 0:-0.22 5:-0.46
b:night_and 5:-0.24
b:night_before 1:0.17 4:-0.11 6:0.16
b:night_for 0:0.11 6:-0.19
b:night_i 5:0.14 6:-0.15
b:night_manager 4:0.22
b:night_on 6:0.24
b:night_out 0:-0.26 5:-0.12
b:night_porter 0:-0.17 1:0.11
b:night_shift 0:0.27 6:-0.11 7:0.11
b:night_team 1:0.26
b:nightmare_to 0:-0.21
b:nights_at 0:0.11
b:nights_for 0:0.26
b:nine_days 0:-0.47 5:-0.15
b:nine_for 5:0.24
b:nine_hours 0:0.13 4:0.15 5:0.17
b:ninety_minutes 1:-0.34
b:no_1 1:0.13 2:0.16 5:0.22
b:no_acknowledgement 1:-0.12 4:-0.12 6:0.15
b:no_advisories 6:-0.13
b:no_and 1:-0.24 2:0.2
b:no_answer 0:0.41 5:0.23
b:no_apology 4:-0.17
b:no_better 5:0.11
b:no_call 0:0.49 6:0.23
b:no_change 2:0.1 5:-0.23 6:0.11
b:no_claims 4:0.4 6:-0.2
b:no_clue 1:-0.21 2:0.12
b:no_complaints 0:-0.27 5:-0.18 6:-0.23
b:no_email 0:0.15
b:no_explanation 0:0.15 5:-0.15 6:0.23
b:no_extra 5:-0.14
b:no_fee 0:-0.11 6:0.15
b:no_fuss 6:0.27 8:0.17 13:0.14
b:no_hard 1:0.26
b:no_idea 0:0.14 2:-0.19 9:-0.12
b:no_longer 0:-0.12 13:0.11
b:no_mess 1:-0.2 3:0.11
b:no_more 0:0.17 1:-0.13 2:0.29 5:-0.12 6:-0.15
b:no_notice 4:0.16
b:no_one 0:0.31 2:-0.38 4:-0.27 5:-0.49 6:0.62 7:-0.1 8:-0.12 13:-0.2
b:no_pressure 5:-0.1
b:no_problem 1:-0.41
b:no_questions 6:0.19
b:no_queue 0:0.17 1:0.16 5:-0.17 6:-0.1 7:0.18
b:no_quibble 0:0.12 1:-0.12 5:0.12 7:0.1
b:no_quibbles 0:0.21 6:0.18 13:0.14
b:no_reason 1:0.12 5:-0.22 6:-0.19
b:no_record 0:0.11 5:-0.19
b:no_show 0:0.29
b:no_soap 3:0.17
b:no_surprises 1:-0.19 4:-0.32 5:-0.24 6:-0.14
b:no_text 6:0.11
b:no_time 0:0.19 2:0.16 5:0.27
b:no_upsell 1:0.35 4:-0.27 5:-0.2
b:no_views 6:-0.12
b:no_warning 5:0.36
b:no_why 6:-0.13
b:no_word 5:0.18 6:-0.14
b:nobody_answered 6:0.27
b:nobody_answers 6:0.14
b:nobody_apologised 1:0.31 6:0.1 8:-0.1 13:0.1
b:nobody_at 1:0.1 2:0.33 6:-0.4 9:-0.11
b:nobody_called 0:0.11
b:nobody_came 0:-0.19 2:0.11 4:-0.28 5:0.23
b:nobody_can 0:0.21 1:0.17 2:-0.16 4:0.12
b:nobody_cared 1:0.3 5:0.42 6:-0.18 12:0.14
b:nobody_could 1:0.12
b:nobody_else 6:-0.22 9:0.12
b:nobody_ever 0:-0.18 4:-0.24 5:-0.24 6:0.13
b:nobody_explained 0:0.31 4:0.21
b:nobody_felt 0:0.23 5:0.2
b:nobody_from 0:0.18 6:-0.17
b:nobody_got 6:0.14
b:nobody_had 0:-0.1 2:0.41 4:0.16 5:0.34 6:0.18 8:0.1 11:-0.11
b:nobody_has 0:-0.25 1:-0.18 2:-0.1 5:-0.15
b:nobody_in 5:-0.19 12:0.12
b:nobody_is 0:-0.13
b:nobody_knows 2:-0.35 6:-0.11
b:nobody_mentioned 4:0.26 6:0.22
b:nobody_new 2:0.24
b:nobody_on 2:0.18
b:nobody_rang 5:0.23 6:0.13
b:nobody_replied 0:0.25 5:0.19
b:nobody_said 4:-0.11 5:0.35 12:0.1
b:nobody_seemed 6:-0.2
b:nobody_tells 0:0.1 2:-0.12 4:-0.14 6:0.18
b:nobody_told 5:-0.23 6:0.39
b:nobody_trusted 2:0.24
b:nobody_updated 6:0.14 13:-0.11
b:nobody_was 0:-0.13 1:-0.53 3:-0.12 5:-0.29 6:-0.23
b:nobody_went 1:-0.13 5:-0.12
b:noise_from 2:0.28 6:0.15 12:0.19
b:non_refundable 0:-0.17
b:none_of 1:-0.19 2:0.29 5:0.13 6:0.16 13:-0.1
b:not_a 0:-0.28 1:-0.12 3:0.24 4:-0.16 5:-0.29 10:0.36
b:not_any 2:0.14
b:not_as 12:-0.14
b:not_bad 0:0.11 5:-0.14 7:0.22
b:not_cheap 0:0.23 1:-0.2 3:-0.32 4:0.42 5:0.16 11:-0.31 12:0.28
b:not_collected 5:0.32 12:-0.17
b:not_complaining 7:0.1 11:0.18
b:not_discussed 4:-0.11
b:not_dropped 5:0.13
b:not_exactly 1:0.17 2:0.1 5:-0.22 6:-0.34
b:not_get 5:-0.2 7:-0.14
b:not_good 3:0.12 5:0.37
b:not_great 0:0.14
b:not_happy 0:0.28 1:-0.12 5:-0.23 11:-0.1
b:not_have 2:-0.13
b:not_ideal 5:-0.15
b:not_impressed 1:-0.11 5:-0.19
b:not_in 0:-0.21 5:-0.13 6:0.18 8:-0.25
b:not_know 5:0.21
b:not_knowing 1:-0.16 2:-0.23
b:not_mentioned 0:0.18
b:not_much 3:-0.19
b:not_on 1:0.24
b:not_once 1:0.11 2:-0.1 4:0.13 5:-0.2 6:0.15 7:0.28 8:0.11
b:not_one 0:-0.49 3:-0.16 5:0.59 6:-0.26
b:not_raised 1:-0.11 4:-0.13
b:not_replaced 0:0.21 1:-0.14
b:not_rude 1:0.25
b:not_say 2:0.12
b:not_saying 0:-0.15
b:not_so 3:0.15 12:-0.1 13:0.11
b:not_sure 4:-0.13 5:-0.11
b:not_tell 5:0.16
b:not_that 5:-0.14
b:not_the 0:-0.27 4:0.28 5:0.19 6:-0.21 11:-0.31 12:0.22
b:not_to 0:0.29 1:0.34 2:-0.14 4:0.14 6:0.2 8:-0.11 9:0.2 11:0.11
b:not_understand 2:0.14 5:-0.14
b:not_unfriendly 5:-0.12
b:not_unhelpful 1:0.37 2:0.15 5:-0.13
b:not_very 0:-0.14
b:not_what 0:0.11 4:-0.34 5:-0.3 6:-0.1 11:-0.1
b:not_wiped 5:-0.18
b:not_work 4:-0.25 5:0.1 12:-0.14
b:not_working 2:-0.16 5:0.18
b:not_worth 4:0.13 5:0.18
b:note_on 5:-0.13 13:0.12
b:noted_that 1:-0.14
b:nothing_about 2:0.21 4:-0.11 9:-0.13
b:nothing_at 0:0.22
b:nothing_broken 1:0.59
b:nothing_else 1:0.2 2:0.15 4:0.12
b:nothing_for 2:0.16 4:-0.17
b:nothing_in 0:0.18
b:nothing_like 4:0.15
b:nothing_on 4:0.19 5:0.21
b:nothing_since 5:-0.1
b:nothing_specific 5:-0.21
b:nothing_they 6:-0.12
b:nothing_to 0:-0.15 1:-0.35 4:-0.13 5:-0.45 6:-0.35
b:nothing_was 1:0.14
b:nothing_wrong 2:0.11 5:-0.11
b:noticed_because 0:-0.25
b:noticed_my 6:-0.12
b:noticed_when 2:0.33 5:-0.11
b:now_? 5:0.13
b:now_a 5:-0.15 9:-0.2
b:now_and 2:-0.17 5:0.16 6:-0.12
b:now_been 4:-0.23
b:now_have 2:0.21
b:now_its 2:0.12 5:0.2
b:now_on 1:0.11
b:now_text 6:0.14
b:now_the 13:-0.11
b:now_three 7:-0.12
b:nowhere_to 1:0.22
b:number_of 0:-0.13
b:numbers_and 5:-0.2 6:0.24
b:nurse_at 6:-0.19 8:0.16
b:nurse_knew 2:0.1
b:nurse_practitioner 5:-0.15 6:0.28
b:nurse_rang 1:-0.18 6:0.33
b:nurse_sat 1:0.21 6:-0.14
b:nurse_was 1:0.13 5:-0.23
b:nurse_who 0:0.11
b:nurserys_daily 5:-0.15 6:0.15
b:nurses_are 1:0.12
b:oat_milk 5:0.25
b:october_and 0:0.55 3:0.12 7:-0.12
b:of_10 4:0.16
b:of_a 0:0.72 1:0.52 2:-0.25 4:-0.38 5:-0.42 8:-0.23 13:-0.11
b:of_about 3:-0.2
b:of_action 5:0.11
b:of_an 0:-0.26
b:of_any 2:-0.12
b:of_apology 6:0.18
b:of_being 0:-0.18 1:-0.13 2:0.2 9:0.13
b:of_bird 12:0.12
b:of_cleaning 2:0.29 3:-0.12
b:of_complaints 0:0.31 5:0.22
b:of_compliments 1:0.37
b:of_course 5:0.23
b:of_customers 0:-0.18
b:of_damp 3:0.19 5:-0.25 10:-0.13
b:of_date 0:-0.13 2:0.16 5:-0.43 6:-0.12 13:-0.13
b:of_delivery 6:0.17
b:of_dust 0:0.12 3:0.12 5:-0.18 10:0.12
b:of_every 1:0.11 5:0.37
b:of_everything 5:-0.24
b:of_forty 2:0.23
b:of_four 5:0.11
b:of_getting 5:0.15
b:of_hair 5:-0.12
b:of_health 1:-0.2
b:of_hearing 6:0.15
b:of_her 0:0.11 1:0.18 3:0.1 12:-0.1
b:of_his 1:0.14 2:0.3 6:-0.25
b:of_hours 4:0.1 5:-0.13 6:0.23
b:of_house 1:0.15 3:-0.19
b:of_how 4:-0.11
b:of_it 1:0.22 2:-0.13 5:0.27 13:-0.1
b:of_jargon 2:-0.12 5:-0.3
b:of_lager 5:-0.11
b:of_me 1:0.22 2:0.22 5:-0.1 8:-0.14 9:-0.15
b:of_members 2:0.12 5:0.26
b:of_money 0:0.17 4:0.22 5:0.19 11:-0.13
b:of_my 0:-0.2 2:-0.31 3:-0.3 6:0.34
b:of_neutering 0:0.37
b:of_older 5:0.19 13:-0.11
b:of_one 2:0.21
b:of_order 0:0.12 2:-0.14 5:0.16 6:-0.18
b:of_our 0:0.24 1:0.38 2:-0.17 4:0.34 5:-0.38
b:of_parcels 4:0.16
b:of_patients 5:-0.11 6:0.16
b:of_people 0:0.13 2:-0.13 6:0.12
b:of_plasterboard 1:-0.18 3:0.36
b:of_printing 4:0.15
b:of_progress 1:0.28
b:of_questions 2:-0.13
b:of_reading 1:-0.21 2:-0.24
b:of_regulars 1:0.19
b:of_service 4:0.13
b:of_seven 5:0.21
b:of_smoke 5:0.12
b:of_someone 3:0.13 5:0.25
b:of_staff 8:-0.14
b:of_tea 5:-0.17
b:of_ten 0:-0.11 5:0.15 12:0.14
b:of_that 5:-0.12 6:0.21
b:of_the 0:-0.45 1:-0.48 3:0.26 4:-0.18 5:0.24 6:-0.28 7:0.12 8:0.14 11:0.14 12:0.22 13:0.23
b:of_their 1:-0.36 2:0.31 5:0.11 6:-0.18
b:of_them 1:0.25 3:0.1 5:-0.18 6:0.67
b:of_upgrading 1:-0.21 2:0.29 5:-0.12
b:of_us 0:0.19 1:-0.15 2:0.12 3:-0.34 4:0.1 5:0.16 6:-0.29 9:-0.12 12:-0.12
b:of_vivaldi 0:0.17 6:-0.15
b:of_water 5:-0.32
b:of_wee 3:0.12
b:of_wet 5:-0.13
b:of_what 4:-0.21 5:0.12
b:of_wine 4:0.16
b:of_you 0:0.14
b:of_your 6:-0.23
b:of_£ 0:0.43 2:-0.18 4:0.11 6:-0.15 7:-0.11
b:off_a 2:-0.14 5:-0.13
b:off_about 1:0.23 6:-0.15
b:off_after 5:-0.15 6:0.28
b:off_and 1:-0.11 2:0.25 3:-0.19 5:-0.13 6:0.16
b:off_at 0:0.55 1:-0.17 5:-0.36 7:0.1
b:off_because 5:-0.31 8:0.19
b:off_by 1:-0.12 4:0.1 5:0.24
b:off_chance 0:-0.18 5:0.14
b:off_every 1:-0.21 2:0.29 5:-0.27
b:off_for 0:-0.55 5:0.18 6:0.21
b:off_in 0:-0.27 1:0.12 5:0.24
b:off_it 0:-0.12 2:0.21 5:0.31 8:0.2 12:0.12
b:off_mid 4:-0.23 5:-0.12
b:off_my 1:0.24 5:-0.2
b:off_peak 4:0.12
b:off_the 2:0.3 3:0.1 5:0.85 6:-0.31 10:0.2 11:0.26 12:-0.3
b:off_their 8:0.11
b:off_when 1:0.14
b:off_without 6:-0.16
b:off_work 0:0.22
b:office_and 5:-0.11
b:office_changed 6:-0.18
b:office_counter 2:-0.1
b:office_every 4:-0.11
b:office_have 0:-0.17 1:0.18
b:office_is 3:0.11 4:-0.12 5:-0.23
b:office_manager 1:0.15 6:0.11
b:office_never 0:0.2 6:0.32
b:office_sorted 0:0.27 5:0.24
b:office_three 6:-0.15
b:office_told 6:-0.2
b:office_was 0:0.2 5:-0.1
b:office_were 0:0.12
b:officer_actually 1:-0.12 3:0.11
b:officer_was 0:0.24 6:-0.13
b:often_left 5:0.1
b:often_say 2:-0.12 3:0.22 5:0.15
b:often_tell 1:0.33
b:oh_brilliant 0:0.37 1:-0.14 2:-0.11 6:-0.36
b:oh_good 3:-0.18
b:oh_sure 0:-0.18
b:oh_wait 0:-0.11 5:-0.14 6:0.38
b:ok_for 2:0.27 3:-0.19 5:0.18
b:ok_so 4:0.1
b:old_address 5:0.28
b:old_bank 5:-0.22
b:old_dog 1:0.23
b:old_mum 1:0.37 5:-0.16 6:0.17
b:old_one 4:0.22 5:0.24 12:0.24
b:old_ones 0:0.13
b:old_sofa 3:0.11 5:-0.25
b:older_customers 1:0.26 2:-0.16 5:-0.13 13:-0.16
b:older_members 1:0.26 2:-0.18 8:0.14
b:older_participants 0:0.23 2:-0.17 3:0.12 6:0.2
b:older_people 5:0.1
b:older_staff 2:0.24 5:-0.1
b:older_than 0:-0.11
b:omg_the 1:-0.29 5:0.19
b:on_14 1:0.14 4:-0.12
b:on_2 0:0.16 2:-0.11 6:-0.1
b:on_3 2:0.24 5:-0.16 6:0.13
b:on_a 0:0.46 2:-0.42 3:0.22 4:0.15 5:0.44 6:0.15 7:-0.26 10:0.14 11:-0.19 12:0.13
b:on_again 1:-0.13 6:0.28
b:on_almost 2:0.1 4:-0.22 6:-0.13
b:on_and 1:-0.13 2:0.25 4:-0.22 5:0.41 9:0.12 12:0.15
b:on_any 2:-0.14
b:on_at 5:0.12
b:on_behalf 6:-0.2
b:on_day 2:0.26 3:-0.11 9:-0.1
b:on_elm 0:0.1 5:0.12 6:-0.13
b:on_every 0:0.11 4:-0.11 6:-0.16
b:on_first 0:0.25 5:-0.13
b:on_for 1:-0.29
b:on_fridays 1:-0.12
b:on_his 0:0.32 1:0.64 2:-0.17 4:0.15 5:0.14 6:-0.17 8:-0.27 10:-0.1 13:-0.23
b:on_hold 0:1.1 1:-0.15 4:-0.12 5:-0.36 6:-0.39 7:-0.23
b:on_how 1:0.48 6:-0.13 8:0.11
b:on_it 0:-0.13 2:-0.21 3:0.39 4:-0.27 5:0.63 6:-0.1 12:-0.18
b:on_me 0:0.48 1:-0.17 6:0.25 7:-0.1 13:-0.11
b:on_monday 0:0.41 5:-0.4
b:on_my 0:0.12 1:-0.44 2:-0.49 3:0.27 5:0.54 7:0.15 12:0.41
b:on_nights 0:0.18
b:on_one 2:-0.11
b:on_our 4:-0.48 5:0.38 6:-0.24 9:0.11
b:on_pension 0:0.12 2:-0.14
b:on_plastic 5:0.14
b:on_reception 1:0.4 2:-0.21
b:on_saturday 1:0.24 6:-0.17
b:on_saturdays 6:0.28 7:-0.1
b:on_shift 0:0.16 3:0.18
b:on_site 6:-0.1
b:on_sundays 0:-0.19
b:on_that 3:0.57 10:0.2
b:on_the 0:-0.14 1:0.11 2:0.33 5:-0.57 6:0.38 7:0.4 9:-0.28 12:0.17
b:on_their 4:-0.13 6:0.11
b:on_them 0:-0.18 5:0.26
b:on_three 0:-0.12 1:0.12 2:-0.13 12:-0.12
b:on_thursday 5:-0.21 7:-0.21
b:on_time 0:0.42 1:-0.12 5:0.34 6:0.41 7:0.33 12:0.11
b:on_top 1:-0.38 3:-0.11 4:0.18 5:-0.15 6:0.36 11:-0.16
b:on_tuesday 0:-0.25
b:on_two 0:-0.14 2:0.15 4:0.1 5:-0.12
b:on_us 0:-0.22 5:-0.11 6:0.22
b:on_ward 0:-0.16
b:on_wednesdays 1:-0.25
b:on_whether 0:-0.13 2:0.12
b:on_who 0:-0.12 2:0.21 6:-0.15 9:0.14
b:on_with 1:0.18 2:-0.1
b:on_within 5:0.14
b:once_a 2:0.19 3:0.33 5:-0.12 10:-0.13
b:once_been 0:-0.18
b:once_did 1:0.17 4:-0.12 5:-0.16 6:0.11
b:once_had 0:0.23 13:0.13
b:once_hed 6:0.18
b:once_i 0:-0.28 5:0.16 6:-0.27
b:once_in 4:0.25 5:0.1 7:0.16 12:0.12
b:once_looked 1:0.16
b:once_made 0:-0.29 2:0.1
b:once_rushed 0:-0.24 5:-0.14
b:once_seen 5:0.13
b:once_the 2:-0.11
b:one_and 0:-0.31 5:0.11
b:one_asked 1:-0.15
b:one_at 0:-0.19 5:0.25 6:0.21 11:0.15
b:one_away 4:0.12
b:one_because 4:-0.11 6:0.18
b:one_bit 1:0.17 3:-0.16 5:-0.13
b:one_call 1:0.16 6:-0.12
b:one_called 5:-0.1 6:0.16
b:one_corner 2:-0.11 5:0.18
b:one_could 0:0.14 2:-0.22 4:-0.12 6:0.19
b:one_day 0:-0.31 2:-0.13 5:0.18 6:-0.13
b:one_described 3:-0.1
b:one_for 5:0.11
b:one_found 0:0.17 2:0.27 5:-0.29 9:0.16
b:one_had 0:-0.19 6:0.16
b:one_has 5:0.1
b:one_hour 5:-0.18 6:0.33 7:0.1 13:0.18
b:one_in 5:-0.42
b:one_is 5:-0.16
b:one_lady 0:-0.26 2:0.11 6:-0.19 9:-0.14
b:one_look 0:-0.19
b:one_man 1:-0.27 2:-0.12
b:one_noting 1:-0.15 5:-0.36
b:one_of 1:0.23 3:0.11 4:0.13 5:0.38 6:-0.26
b:one_on 0:0.11 5:-0.16
b:one_page 2:-0.15 6:0.17
b:one_participant 0:0.19 1:0.16 3:0.12 4:0.18 5:0.14 7:-0.12 8:0.14 13:-0.1
b:one_participants 0:0.19 5:0.12
b:one_person 1:0.36 4:-0.11 7:-0.14
b:one_phone 6:0.21
b:one_said 5:-0.44 7:0.12 8:-0.13
b:one_saying 5:0.11
b:one_session 2:0.38 9:0.11
b:one_staffed 5:-0.18 6:0.23
b:one_thing 0:0.15 4:0.14
b:one_told 0:0.36 2:-0.18 5:-0.11 6:0.12
b:one_was 2:0.11 5:0.14 6:-0.13
b:one_wash 5:0.39 12:-0.16
b:one_when 1:-0.12
b:one_who 1:-0.2 3:0.18 4:-0.13 6:0.14
b:one_without 0:0.2 6:0.12
b:ones_are 0:-0.1
b:ones_were 1:0.16 2:0.25
b:ones_who 1:0.17 4:-0.18 5:-0.15 6:-0.14
b:online_and 0:-0.11 1:-0.18 4:0.25 5:0.37 7:0.12 11:-0.13
b:online_booking 0:0.19 1:-0.11 5:-0.13 13:0.1
b:online_for 5:0.24
b:online_shop 4:0.16
b:only_3 0:0.15 7:-0.11
b:only_a 5:-0.14
b:only_after 5:-0.16
b:only_came 6:-0.1
b:only_charged 2:0.14 5:-0.14 11:0.24
b:only_complaint 0:0.12
b:only_downside 2:0.11
b:only_ever 4:0.18 5:0.15
b:only_find 5:-0.11
b:only_found 1:-0.24 2:-0.22 4:0.15 5:0.21
b:only_gripe 0:0.15 1:0.12 3:0.23 4:0.18 5:0.12 7:0.12
b:only_if 4:0.27
b:only_issue 3:0.12 6:0.25
b:only_noticed 2:0.19 5:-0.18 9:-0.1
b:only_one 2:-0.16 3:0.35 4:-0.19 11:0.14
b:only_ones 4:-0.17 5:-0.13
b:only_reason 4:0.19 5:-0.16 11:0.14
b:only_the 2:0.11 4:0.21 5:0.14
b:only_three 5:0.31
b:only_to 0:-0.14 4:0.1 6:0.13
b:only_took 0:0.22 4:0.13 5:-0.46
b:only_two 0:0.24
b:only_way 0:-0.11 6:0.27
b:only_£ 5:0.14 11:-0.23
b:onto_the 5:-0.2
b:open_a 5:-0.14
b:open_on 5:-0.11
b:opened_the 6:0.2
b:opening_hours 0:-0.47 3:-0.35 5:-0.38 6:-0.22
b:opinion_said 2:0.2 4:-0.18
b:opinions_on 8:-0.16
b:opinions_were 0:-0.13
b:optician_explained 2:0.23
b:optician_for 5:0.17
b:option_and 5:0.28
b:options_and 6:0.29
b:or_four 0:0.12 5:0.13
b:or_madam 5:0.21
b:or_not 10:-0.12
b:order_again 5:0.32
b:order_and 0:0.25 1:0.13 3:0.16
b:order_for 0:0.11 5:-0.16 6:0.14
b:order_said 0:0.4 7:-0.12
b:order_sign 5:0.22
b:order_since 0:0.22 3:-0.13
b:order_was 0:-0.14 1:0.17 6:-0.16
b:order_wrong 4:0.26 5:0.11
b:ordered_a 0:0.17 1:-0.22 2:-0.24 5:0.23 6:0.18
b:ordered_at 0:0.22
b:ordered_from 0:0.1
b:ordered_it 7:-0.2
b:ordered_on 1:0.1 5:-0.13
b:ordered_the 0:-0.11 1:0.11
b:ordering_system 6:0.21
b:organised_and 2:-0.15
b:other_garages 5:-0.28
b:other_hand 0:0.14 1:0.17 3:0.11
b:other_one 0:0.31 2:0.15 4:0.11
b:other_peoples 1:-0.32 3:0.37 6:0.11
b:other_places 3:-0.32 5:0.15
b:other_practices 5:-0.11
b:other_two 5:0.11 11:-0.1
b:others_had 5:-0.12
b:others_in 1:-0.11
b:our_alarm 2:-0.12
b:our_anniversary 0:0.15
b:our_boiler 5:-0.12
b:our_branch 0:-0.18 3:0.11
b:our_budget 6:0.1
b:our_cat 1:-0.19
b:our_claims 0:-0.14
b:our_complaints 5:-0.12
b:our_contact 5:0.16
b:our_deposit 7:0.21
b:our_depot 3:-0.33 5:0.53
b:our_dispensary 5:-0.25
b:our_dog 5:-0.35
b:our_dogs 5:0.35
b:our_drinks 8:-0.11
b:our_estate 0:0.2 2:-0.29
b:our_fees 11:-0.14
b:our_house 1:-0.19 5:0.12 12:0.11
b:our_new 2:0.44 6:0.4 9:0.11
b:our_old 1:0.26 2:-0.13 5:-0.21
b:our_older 1:0.27 2:-0.15
b:our_order 5:-0.12
b:our_pharmacist 6:0.11
b:our_prices 11:0.15
b:our_quiz 3:-0.11
b:our_regulars 4:0.38 5:-0.13
b:our_road 0:0.45 5:0.17 6:-0.1 7:-0.13 12:0.1
b:our_room 1:-0.16 5:0.57
b:our_shift 6:-0.14
b:our_street 12:-0.16
b:our_table 10:-0.12
b:our_team 7:0.11
b:our_toilets 10:0.1
b:our_vets 1:0.12
b:our_village 0:0.13
b:our_waiter 5:0.24
b:our_wedding 0:-0.39 1:0.1 5:0.16
b:out_a 2:0.12 6:0.2
b:out_about 4:0.14 5:-0.1 6:0.13 13:-0.11
b:out_and 0:0.34 1:-0.24 4:0.32 5:0.15 8:-0.11 11:0.17
b:out_at 0:0.12 1:0.11 5:-0.12 6:-0.12
b:out_brassy 2:-0.13 5:0.11
b:out_by 5:0.36
b:out_constantly 3:-0.15 5:0.13
b:out_every 0:0.1 5:0.18 6:-0.41
b:out_exactly 2:0.34 5:0.21
b:out_for 0:0.27 2:0.24 6:0.34
b:out_from 0:0.17 6:-0.1
b:out_how 6:0.26
b:out_in 0:0.17 1:0.17 2:-0.24 4:-0.51 6:0.12 7:0.2 12:-0.19
b:out_looking 5:0.37
b:out_my 0:-0.18 5:-0.11 6:0.42 13:-0.15
b:out_of 1:0.3 3:0.12 5:-0.13 8:0.12 9:-0.11 12:-0.2
b:out_on 5:-0.3
b:out_onto 5:-0.15
b:out_perfect 0:-0.13 2:0.19 5:0.2 6:-0.16
b:out_that 11:-0.17
b:out_the 0:0.29 1:-0.14 2:0.24 4:-0.11 6:0.15 7:-0.17 9:-0.14
b:out_there 0:-0.14 5:0.22
b:out_to 1:0.51 2:0.28 5:-0.13 6:0.16 8:0.15
b:out_until 5:0.16
b:out_was 3:0.1
b:out_when 0:-0.24 1:-0.16 5:-0.27 11:-0.15
b:out_which 3:0.32 5:0.25 12:0.11
b:out_with 0:-0.1 3:-0.1 5:-0.21
b:out_within 0:-0.22 7:0.19
b:out_without 2:-0.12
b:out_£ 5:-0.17
b:outcome_of 1:-0.15 6:-0.21
b:outside_for 0:-0.1
b:outside_in 5:0.32
b:outside_my 0:0.3 5:-0.11
b:outside_number 0:0.12
b:outside_rome 5:0.17
b:outside_the 3:0.11 6:0.14
b:over_60 1:-0.25
b:over_a 0:0.38 5:0.14
b:over_again 0:0.34 6:-0.11
b:over_an 0:-0.11 5:0.2 6:-0.19
b:over_and 0:0.12 5:0.21 6:0.21
b:over_easter 0:-0.22 6:0.12
b:over_every 5:-0.17
b:over_half 5:0.12
b:over_my 5:0.13 6:0.16
b:over_the 0:0.16 2:0.16 3:0.39 4:0.3 5:-0.1 9:0.24 10:-0.22 11:0.16
b:over_to 0:0.1 5:-0.11
b:over_two 6:0.33
b:over_£ 2:0.1 6:-0.12
b:overall_a 1:-0.28
b:overall_the 8:-0.15
b:overdraft_fees 4:0.2 5:-0.12
b:overflowing_and 5:0.21
b:overflowing_by 5:0.1
b:overpriced_and 4:0.18
b:overpriced_for 4:0.13 5:-0.13
b:overstaying_by 4:0.23
b:overwhelmingly_negative 0:0.17
b:own_brand 2:0.12 5:0.36
b:own_gp 1:-0.24 5:0.28
b:own_stuff 1:-0.29
b:owner_has 10:0.16
b:owners_said 6:0.15
b:p_3 5:0.12 6:-0.14
b:p_4 5:0.16
b:p_6 0:-0.11 5:0.13
b:p_8 2:0.18 6:-0.17
b:p_9 5:0.11
b:p_a 4:0.16
b:packaging_away 1:0.12 3:0.16
b:packed_up 0:-0.14
b:paid_a 3:-0.16 6:0.31
b:paid_at 5:-0.1
b:paid_for 1:-0.18 2:0.22 5:0.31 7:-0.12 9:0.12
b:paid_in 1:0.16
b:paid_my 5:0.17 12:0.12
b:paid_out 0:0.12 5:-0.15 7:0.27
b:paid_the 0:-0.2 3:-0.3 5:0.32
b:paid_£ 0:0.61 3:0.14 4:-0.63 5:0.46 6:-0.33 7:-0.23 11:-0.13 12:-0.15
b:pain_gone 5:0.12
b:painfully_slow 0:0.21
b:paint_was 2:0.23 3:-0.19
b:paperwork_is 6:0.33
b:paramedics_were 1:0.32
b:parcel_arrived 2:-0.18 6:-0.14 12:0.23
b:parcel_came 5:0.26
b:parcel_left 1:-0.16
b:parcel_over 1:0.39 3:-0.12 5:0.12 6:-0.17
b:parcel_shop 0:0.23
b:parcel_was 0:0.14 2:-0.19 5:0.11 6:0.18
b:parents_have 1:0.16 2:-0.27 6:0.26 11:-0.15
b:parents_keep 0:-0.2 5:0.26
b:parents_said 3:0.18 5:-0.12 6:0.1
b:parents_were 1:0.14
b:parish_records 2:0.21
b:park_at 4:0.34
b:park_for 0:-0.49
b:park_on 5:0.1
b:parking_at 4:-0.19 5:-0.12 11:-0.2
b:parking_fine 1:0.26 4:0.23 5:0.19 6:-0.27 11:-0.11
b:parking_is 0:-0.13 4:0.1
b:parking_permit 0:0.11 5:-0.13
b:parking_permits 4:-0.44
b:parking_ran 0:0.28 5:-0.11
b:parking_ticket 4:0.15
b:part_of 1:-0.22
b:part_was 0:-0.17 2:0.12
b:participant_described 5:-0.16
b:participant_said 1:0.12 5:0.11 6:0.17
b:participant_summed 6:-0.17 8:0.11
b:participants_agreed 5:0.17
b:participants_compared 11:-0.12
b:participants_described 3:-0.42 5:-0.11 6:0.32
b:participants_discussed 3:0.14
b:participants_felt 0:-0.14 1:0.22 5:-0.16 6:-0.2 8:-0.13
b:participants_found 8:-0.14
b:participants_in 1:0.1
b:participants_liked 5:-0.3 6:0.18
b:participants_mentioned 1:-0.42 6:-0.16
b:participants_mostly 6:-0.13
b:participants_praised 0:0.34 3:0.12
b:participants_repeatedly 0:0.18 6:0.36 13:-0.1
b:participants_said 0:0.14 2:-0.17 3:0.22 5:-0.1
b:participants_talked 0:0.15
b:participants_valued 0:-0.18 1:0.17 4:-0.13 6:0.11
b:participants_were 1:-0.16 5:0.19 6:-0.15 8:0.17
b:participants_who 0:0.17 1:-0.18 2:0.19 5:0.25 6:-0.17
b:participants_whod 2:0.1
b:particularly_the 5:0.21
b:particularly_warm 1:-0.22
b:party_at 0:-0.15 6:0.11
b:passed_between 0:0.13 2:-0.16 6:0.31
b:passed_first 1:-0.17 5:-0.57
b:passed_its 0:-0.11 1:0.3
b:passengers_are 5:0.1
b:passport_control 0:0.17
b:passport_office 0:0.17 2:-0.13 5:-0.32 7:0.12
b:passport_was 0:0.13 5:-0.19
b:past_six 6:-0.13
b:past_the 0:0.25 6:-0.28
b:past_their 1:-0.12 4:0.1 5:0.24
b:pasty_was 3:-0.45 5:0.7 12:-0.12
b:patch_on 3:0.23 5:0.16 12:-0.12
b:patient_and 0:-0.11 1:0.22
b:patient_with 0:-0.13 1:0.17 2:-0.17 4:-0.22 5:0.12 6:-0.31 8:0.11
b:patients_are 0:0.21 1:-0.12 6:-0.2 7:0.13
b:patients_have 5:-0.11
b:patients_keep 0:-0.24 2:0.36
b:pay_a 4:0.12 11:0.2
b:pay_at 0:0.11 1:-0.15
b:pay_double 5:-0.34
b:pay_for 5:0.42 12:-0.14
b:pay_in 5:0.32
b:pay_it 1:-0.1 5:-0.12 6:0.15
b:pay_rise 4:-0.21
b:pay_the 2:-0.13 4:0.48 5:-0.18 6:0.21
b:pay_went 4:-0.26
b:paying_a 4:0.13 12:0.11
b:paying_for 0:0.16 4:-0.19 6:-0.13 7:0.1 11:-0.12
b:paying_more 4:0.23 5:0.12 11:-0.24
b:paying_£ 5:0.4 6:-0.1 11:-0.13
b:payment_and 0:0.15
b:penny_for 4:0.28 5:-0.32 11:0.1
b:penny_more 6:-0.1
b:pension_day 0:0.12 2:-0.14
b:people_are 0:0.16 1:-0.11 2:0.19 5:0.1 6:-0.26
b:people_at 0:-0.33
b:people_comment 0:-0.22 3:0.12
b:people_described 1:0.16 5:-0.15
b:people_did 1:0.1
b:people_down 1:-0.22 2:-0.17 5:0.11 6:0.15
b:people_have 1:0.11 2:-0.18
b:people_in 6:0.11
b:people_keep 1:-0.16
b:people_leave 0:0.27
b:people_love 4:0.13
b:people_mentioned 1:0.19 4:-0.11
b:people_off 1:0.2
b:people_often 5:0.15
b:people_on 2:-0.1 5:-0.11
b:people_ring 6:-0.13
b:people_said 1:-0.28 5:0.13
b:people_say 0:-0.17 1:0.11 2:-0.25 6:0.19
b:people_the 2:0.34 6:0.16
b:people_to 2:0.24 5:-0.12
b:people_were 0:0.24 1:0.28
b:people_who 1:0.16 2:0.15 4:0.23 5:-0.21
b:people_with 0:0.12 1:0.13 4:0.1
b:perfect_since 2:-0.18 5:0.18
b:perfectly_and 6:0.12
b:perfectly_pleasant 1:0.17
b:perfectly_with 1:-0.14 5:-0.17
b:permit_arrived 0:0.16
b:pero_the 0:0.42 1:0.36 5:0.34
b:person_all 1:0.41 6:-0.27
b:person_at 0:0.33 2:0.19 6:-0.27 7:0.13
b:person_didnt 5:-0.16
b:person_i 5:0.16
b:person_on 0:0.17 2:-0.17 5:0.15 7:-0.15
b:person_said 6:-0.19
b:person_to 0:-0.15 1:0.27
b:person_was 5:0.12
b:person_who 4:-0.12 5:-0.14
b:personal_touch 6:0.12
b:pet_insurance 0:0.1 2:0.14
b:pet_shop 1:-0.23 2:0.16
b:pharmacist_didnt 0:0.1 5:0.17
b:pharmacist_noticed 6:-0.14
b:pharmacist_on 1:-0.14
b:pharmacist_recommended 2:0.19 5:0.42 9:0.1
b:pharmacist_sorted 2:0.27
b:pharmacist_spotted 0:-0.11
b:pharmacist_took 1:0.15 6:0.23
b:pharmacy_counter 0:0.22
b:pharmacy_hatch 5:-0.14 6:-0.2
b:pharmacy_staff 0:0.23
b:pharmacy_was 0:0.11
b:phone_and 0:-0.22 1:0.75 5:0.12
b:phone_but 0:-0.15
b:phone_call 1:0.18 2:-0.11 5:-0.13 6:0.36
b:phone_case 0:-0.14 1:0.25 5:0.12
b:phone_for 0:0.16
b:phone_in 2:-0.28 5:0.5 6:-0.12
b:phone_knew 0:0.16
b:phone_line 0:0.23 2:-0.1 6:-0.18
b:phone_menu 0:-0.15 1:-0.1 5:-0.26 6:0.55 13:-0.13
b:phone_repair 5:0.12
b:phone_said 1:0.11 2:0.12
b:phone_screen 0:0.23 5:-0.11
b:phone_shop 0:-0.13 1:-0.31 5:-0.43 6:0.24 9:-0.1 11:-0.11
b:phone_support 0:0.38 5:0.35
b:phone_system 0:0.17 6:-0.28
b:phone_than 2:0.34
b:phone_the 0:-0.28 4:0.2 6:-0.18
b:phone_to 0:0.15 1:0.25 5:0.12
b:phone_was 6:0.19
b:phone_with 0:-0.18 1:0.13 4:-0.12
b:phoned_the 0:0.13 1:0.23 6:-0.34
b:phones_in 11:0.17
b:phones_instead 6:-0.17
b:photo_of 1:0.23 4:-0.19 12:0.1 13:0.12
b:photos_and 2:0.35 5:0.35 6:-0.1
b:photos_of 2:-0.1 4:-0.14 6:0.13
b:physio_clinic 1:-0.21 5:-0.11
b:physio_knew 0:-0.31
b:physio_was 12:-0.13
b:pick_up 0:0.23 5:-0.11 7:0.12
b:picked_it 0:-0.11 12:0.13
b:picked_up 0:-0.15 1:-0.16 2:0.58 5:-0.12 9:0.17
b:picks_up 0:0.21
b:picture_for 5:0.12 12:0.1
b:pile_of 1:-0.19 3:0.42
b:pint_in 5:0.21
b:pint_of 5:0.15 6:-0.16
b:piping_hot 0:0.44 5:0.23 7:0.15
b:pizza_off 1:-0.36 5:0.29
b:pizza_was 5:0.16
b:place_cleaner 1:0.25 7:-0.12
b:place_down 6:-0.1
b:place_had 4:0.14 9:0.16 11:0.11
b:place_in 5:0.14 12:0.12
b:place_is 0:0.17 1:-0.11 3:0.16 5:0.31
b:place_on 0:0.17 3:-0.22 6:-0.11
b:place_that 8:0.16
b:place_to 1:-0.15
b:place_was 1:-0.12 3:0.6 5:-0.18 7:0.12 10:-0.17
b:plain_english 2:-0.3 6:0.23 13:0.17
b:plan_is 5:0.32
b:plane_was 5:-0.12
b:plants_are 5:0.17
b:plaster_dust 10:0.2
b:plastic_chairs 5:0.14
b:play_to 2:-0.12 4:0.34
b:play_was 1:-0.18
b:pleasant_enough 5:0.12
b:please_get 0:-0.26 5:-0.16
b:plumber_charged 5:0.39
b:plumber_did 0:-0.11 5:0.11
b:plumber_turned 0:0.12 12:0.15
b:plumber_was 1:0.31 5:-0.38 8:0.22
b:plumbing_firm 6:0.19
b:plus_side 0:0.21
b:pm_and 0:-0.15 3:0.2
b:pm_on 0:-0.2
b:point_of 4:0.2 5:-0.11 6:0.22
b:pointed_it 3:-0.11
b:pointed_me 2:0.21 5:0.37
b:pointed_out 1:0.2
b:pointing_out 1:-0.1 11:-0.16
b:police_front 1:-0.29
b:polite_and 1:0.3 5:0.16
b:polite_but 1:0.2 5:-0.12 6:0.34
b:polite_engineer 1:0.13 3:0.22 4:-0.17 5:0.17
b:polite_to 1:-0.16 4:0.13 12:0.11
b:pool_cafe 5:0.11 12:-0.14
b:pool_was 1:-0.17 3:0.46 4:0.13 5:0.31 10:0.13
b:poor_quality 5:0.1
b:popped_in 2:-0.11 5:-0.13
b:popped_into 1:-0.25
b:portal_is 6:0.16
b:positive_about 1:0.18 4:0.12 7:0.11 9:0.1
b:positive_side 2:0.11
b:post_office 0:0.16 2:-0.16 5:-0.3 6:-0.15 8:0.12
b:posted_throughout 6:0.15
b:poster_about 6:0.12
b:pothole_on 0:0.1
b:power_cut 1:-0.32 2:-0.14 5:-0.1 6:0.15
b:practice_is 1:0.2
b:practice_manager 2:0.24
b:practice_nurse 0:0.11
b:praised_a 5:0.11
b:praised_as 2:0.14 4:0.11 5:0.25 8:0.12
b:praised_for 1:0.21 3:0.22 4:0.13 5:-0.15 6:-0.12 8:-0.12 13:0.1
b:praised_the 0:0.35 1:-0.17 2:0.32 5:0.27
b:prescription_and 0:-0.16 2:0.2
b:prescription_had 2:-0.2
b:prescription_hadnt 9:-0.11
b:prescription_is 0:0.48 2:-0.17
b:prescription_ready 1:0.11
b:prescription_was 5:0.19
b:prescriptions_ready 0:-0.29 6:0.13
b:press_1 5:-0.3 6:0.14
b:press_3 6:0.13
b:press_4 5:-0.18 6:0.13
b:pressure_tablets 2:0.22
b:pressure_to 0:-0.11 1:0.29
b:previous_guests 1:-0.18
b:previous_one 2:0.2
b:previous_party 1:0.13 6:0.1
b:previous_tenants 3:0.17
b:price_and 0:0.29 3:0.13 4:-0.17
b:price_as 4:-0.17
b:price_at 5:-0.15
b:price_before 5:0.15
b:price_changes 2:-0.17 6:0.35
b:price_for 5:-0.23
b:price_in 0:0.15
b:price_includes 4:0.2
b:price_list 4:-0.37 6:0.16
b:price_match 6:-0.18 11:0.11
b:price_matched 0:0.13
b:price_of 0:-0.17 1:-0.23 2:-0.1 5:-0.13 6:-0.37 8:-0.17 12:0.21
b:price_on 2:0.32 5:-0.23
b:price_rise 2:-0.1 6:0.44
b:price_that 0:0.14
b:price_was 2:-0.19 4:0.19 5:0.63 6:0.11 11:0.11
b:price_went 5:0.22 6:-0.23
b:priced_but 4:-0.16
b:priced_for 5:-0.15
b:prices_and 1:-0.27 5:-0.14
b:prices_are 1:-0.25 4:0.21 5:-0.53
b:prices_fair 1:-0.13 5:0.37 6:0.1
b:prices_for 6:-0.13
b:prices_hadnt 1:0.29 5:-0.2
b:prices_have 4:0.14 5:0.12
b:prices_havent 5:0.21
b:prices_in 5:-0.12
b:prices_up 3:0.12 5:0.21 12:-0.11
b:prices_went 4:-0.55
b:prices_were 0:0.15 1:0.19 4:0.1 5:-0.23
b:pricey_but 5:0.28
b:pricey_for 6:-0.21
b:print_copy 0:0.14
b:printer_ink 0:0.21 4:0.18
b:printers_jam 1:-0.12
b:printing_and 7:-0.11
b:private_clinic 2:0.11 3:-0.1 5:0.21
b:private_for 4:-0.1
b:private_physio 0:0.29
b:private_treatment 4:0.17
b:problem_after 1:-0.13 2:0.22 9:0.13
b:problem_in 5:-0.13 11:-0.13
b:problem_is 1:0.1 4:0.12 9:-0.16
b:problem_with 1:-0.11 5:0.13
b:product_training 0:-0.11 6:-0.17 9:0.19
b:products_were 2:0.13
b:progress_for 5:0.1 6:0.12
b:promised_a 0:-0.4 2:-0.24 3:0.17 5:-0.21 6:0.14
b:promised_and 0:0.33 1:-0.23 2:0.28 3:0.12 5:0.26 7:0.13
b:promised_on 0:0.34 5:-0.21
b:promised_to 6:0.17
b:proper_clean 5:-0.13 6:-0.1
b:proper_training 0:-0.11 2:0.16
b:properly_and 1:0.33 2:-0.13 5:0.3 8:-0.11 9:0.1
b:proud_of 6:-0.21
b:pub_in 5:0.22 11:-0.14
b:pub_quiz 0:-0.21
b:public_computers 5:0.1
b:puddles_everywhere 1:-0.18
b:pulled_in 0:0.14 6:-0.1
b:puncture_fixed 4:0.41
b:push_the 1:0.11 4:0.23
b:pushy_about 5:-0.15
b:put_a 0:-0.11 4:0.12
b:put_in 0:0.21
b:put_it 0:-0.14 1:-0.15 2:0.13 5:0.18 13:-0.1
b:put_me 0:0.13 5:-0.12
b:put_my 0:-0.27 5:-0.14
b:put_on 5:0.14
b:put_the 2:0.53 4:0.12 5:0.26 12:0.11
b:put_through 0:0.25 4:-0.35 6:-0.17
b:put_to 6:-0.1
b:putting_me 0:0.27 6:-0.15
b:quarter_and 2:0.19
b:quarter_to 0:0.11
b:queried_it 4:0.17
b:queried_the 4:-0.19
b:question_about 5:-0.19 6:-0.16
b:questions_about 2:0.24 6:-0.22
b:questions_and 2:0.22
b:questions_asked 6:0.18
b:questions_on 2:0.22
b:questions_to 2:-0.12
b:questions_without 2:-0.18
b:queue_at 0:0.33 1:-0.28 2:-0.12 5:0.35 6:0.17
b:queue_built 1:0.2
b:queue_for 4:0.1 5:-0.2
b:queue_goes 5:0.25
b:queue_moved 1:0.11
b:queue_of 0:-0.21 6:0.12
b:queue_on 0:0.16 5:-0.21
b:queue_was 0:0.1 5:-0.14
b:queue_went 0:0.2 5:-0.19
b:queued_for 1:-0.25
b:queues_are 1:0.16
b:queues_at 0:0.34 7:-0.1
b:queues_were 1:-0.1
b:queuing_at 0:0.25 5:0.49 6:-0.45
b:queuing_for 0:0.17 5:-0.24
b:quick_and 0:0.21 1:0.11 5:0.21
b:quick_but 0:0.11
b:quick_chat 0:-0.16 1:-0.19 2:0.17 5:-0.1
b:quick_look 0:-0.32 2:0.3 5:-0.28 12:0.14
b:quick_n 5:-0.16
b:quick_painless 0:0.23
b:quick_question 0:-0.15
b:quick_service 0:0.18
b:quick_to 0:-0.16 1:0.28 2:-0.2 3:-0.2 4:-0.24 7:-0.16 8:-0.13
b:quicker_than 5:-0.18
b:quid_a 4:0.1 5:-0.14
b:quid_an 0:-0.32 4:0.38
b:quid_cheaper 5:-0.18
b:quiet_room 5:0.1
b:quite_short 1:-0.18
b:quiz_team 3:-0.11
b:quote_by 12:-0.13
b:quote_was 6:0.22
b:quoted_a 2:0.33 3:-0.11
b:quoted_me 2:0.11
b:quoted_on 6:-0.11
b:quoted_three 0:0.19
b:quoted_£ 4:0.13 5:-0.57 11:0.22
b:quotes_for 4:-0.12
b:r_a 5:0.12
b:r_gr 4:0.21
b:rail_replacement 2:0.2 6:-0.14
b:raised_as 0:0.11
b:raised_it 5:0.18
b:raised_price 4:-0.17
b:raised_the 0:0.25 4:0.11 5:-0.22
b:rammed_after 0:0.23 7:-0.14
b:ran_45 1:0.12
b:ran_a 4:-0.19 5:0.37
b:ran_like 0:0.11
b:ran_out 3:0.17 5:-0.16 6:-0.12
b:ran_short 0:-0.13
b:rang_about 0:0.47 1:-0.17
b:rang_ahead 0:0.46 7:0.1
b:rang_and 5:0.22
b:rang_at 0:0.14 1:0.13 6:-0.13
b:rang_back 0:-0.1 6:-0.44
b:rang_i 0:0.14 4:0.31 5:-0.13 6:0.15
b:rang_me 4:-0.1 6:0.37 7:0.11 13:0.22
b:rang_out 0:0.26 6:-0.19
b:rang_the 0:-0.31 1:0.34 5:0.21 6:0.16 12:-0.13
b:rang_to 1:-0.21 3:0.11 5:-0.37 6:0.17
b:rang_up 1:0.15 6:-0.18
b:rang_us 0:-0.24 6:0.4
b:ranged_from 1:-0.12
b:rare_these 0:0.14 5:-0.12
b:rash_and 5:-0.11
b:rate_was 4:0.1
b:rated_highly 3:0.11 6:-0.2
b:rated_the 2:0.12
b:rather_pay 6:0.24 11:0.17
b:rather_than 0:0.11 2:0.18 4:-0.21 5:-0.55 6:-0.12
b:rather_wait 0:-0.33
b:rattle_i 5:0.23
b:rave_about 5:0.55
b:ray_and 0:-0.27 2:0.14
b:ray_department 0:-0.16 6:-0.18
b:rd_time 0:0.19
b:read_out 2:0.12 6:0.11
b:read_the 1:0.47 2:0.11 5:0.11
b:reading_from 2:0.3
b:reading_off 1:-0.34
b:ready_at 0:0.11 5:0.18 7:0.11
b:ready_before 5:-0.18
b:ready_by 2:0.28 5:0.26
b:ready_for 0:0.12 7:-0.14 13:-0.12
b:ready_in 0:0.11 7:-0.11
b:ready_the 0:0.1
b:ready_tuesday 0:0.16 7:0.14
b:ready_when 0:0.49 2:-0.21
b:real_bargain 5:0.23 11:-0.23
b:real_difference 0:-0.16 6:0.21
b:real_dignity 0:0.28 1:0.29 5:-0.1
b:really_appreciate 5:-0.11 6:0.14
b:really_appreciated 0:0.1 1:0.18 2:-0.21 6:0.25 13:-0.26
b:really_badly 6:-0.36
b:really_chatty 1:0.14
b:really_clean 5:-0.11
b:really_clearly 2:-0.14
b:really_good 4:-0.22 6:0.2
b:really_helped 6:0.16
b:really_helpful 1:-0.14
b:really_impressed 6:0.16
b:really_knew 5:-0.36
b:really_know 2:0.37 5:-0.11
b:really_knows 2:0.1 5:0.13
b:really_made 1:-0.18
b:really_reassuring 2:0.27 6:0.11
b:really_well 1:-0.12 5:0.28
b:reason_given 0:0.11 5:-0.13
b:reason_they 1:0.18 2:-0.27 4:0.18 11:0.14
b:reason_to 6:-0.27
b:reasonable_compared 0:0.14 5:-0.11
b:reasonable_for 3:0.37 4:0.13 11:0.19
b:reasonable_price 1:0.38
b:reasonable_prices 5:0.41
b:reasonable_£ 4:0.1 5:-0.22 11:0.15
b:reasonably_priced 4:0.15 5:0.18
b:reassuring_when 2:0.4 9:-0.11
b:rebooked_me 6:0.14
b:receipt_said 4:-0.16
b:receipts_by 1:-0.14
b:received_no 5:-0.23 6:0.18
b:reception_are 5:0.1
b:reception_area 1:0.22
b:reception_at 1:0.26 2:-0.18 6:0.2
b:reception_staff 8:-0.17
b:reception_the 0:0.12 5:0.13
b:reception_was 0:-0.19 1:0.16 5:0.19
b:receptionist_at 0:-0.12 6:0.14 8:-0.22
b:receptionist_did 1:0.12
b:receptionist_told 0:-0.25 1:-0.12 5:-0.11 6:-0.15
b:receptionist_was 0:-0.16 1:0.44 2:0.15 5:-0.23
b:recommend_this 1:0.12 11:0.18
b:recommend_to 2:-0.11
b:recommended_a 1:-0.18 2:0.56
b:recommended_was 1:0.27
b:record_of 2:-0.11 5:0.54
b:recycling_box 0:0.17
b:recycling_centre 1:0.55 8:0.14
b:redid_the 1:-0.15
b:redo_the 3:0.1 12:0.11
b:reeked_of 5:-0.15
b:reference_44821 6:-0.21
b:refitted_and 5:-0.29
b:refund_for 0:-0.12
b:refund_is 2:-0.12 6:0.18
b:refund_of 4:-0.31 7:-0.1
b:refund_took 5:-0.11 6:0.22
b:refunded_it 0:-0.11 2:-0.1
b:regarding_my 6:-0.2
b:register_my 6:0.15
b:regularly_goes 0:0.23 5:-0.19
b:regulars_have 1:0.14 4:0.33
b:regulars_say 1:0.11
b:relatives_are 0:0.19
b:reliable_and 5:0.15 13:-0.1
b:reliable_since 3:-0.12 6:0.18
b:remaining_branch 5:0.2
b:remember_their 1:0.12 6:-0.23
b:remembered_my 5:-0.11
b:remembered_our 6:0.14
b:reminders_for 1:-0.11 6:0.13
b:removal_lads 6:0.13
b:removal_men 1:0.43 3:0.14 5:0.37
b:renew_a 4:0.12
b:renewal_and 4:0.19
b:renewal_price 4:0.18
b:rented_through 4:0.11 5:0.15
b:repair_on 7:0.21
b:repair_shop 5:0.19
b:repairs_reported 0:-0.17 6:0.17
b:repairs_service 5:0.12
b:repeat_prescription 0:0.41 5:-0.27 6:-0.12
b:repeat_themselves 6:0.12 13:0.13
b:repeatedly_described 4:-0.12 6:0.18
b:replaced_it 1:-0.13 5:0.32
b:replaced_my 0:-0.13 5:0.22
b:replaced_the 5:-0.24
b:replacement_arrived 6:0.17
b:replacement_bus 1:-0.16 2:0.2 6:-0.13
b:replacement_out 0:0.35 6:0.12
b:replied_to 0:0.53 5:0.38 6:0.16
b:reply_to 0:-0.53 6:0.16
b:reported_a 0:0.37 5:-0.23
b:reported_in 5:0.14
b:reported_it 0:0.14 2:-0.15
b:reported_regular 0:-0.13
b:reported_the 0:0.42 5:-0.11
b:request_a 2:-0.16
b:reserve_a 0:0.15
b:reserved_a 0:0.19 6:0.16 7:-0.11
b:resetting_the 2:0.15
b:response_within 1:0.14
b:rest_of 6:-0.13
b:restaurant_was 1:-0.16
b:results_in 1:-0.19 2:0.22
b:results_were 0:0.23 1:-0.25 2:-0.18 5:-0.15
b:results_would 0:0.13
b:retail_park 5:0.14
b:return_postage 4:0.17
b:returned_the 0:0.2 2:-0.18 5:0.13 6:0.17
b:returning_to 0:-0.25 1:-0.16
b:returns_policy 2:0.13 6:-0.23
b:returns_process 5:0.17 6:0.37 12:-0.1
b:returns_were 0:-0.14 4:0.16
b:reviews_saying 3:0.14
b:rhyme_time 4:0.14 5:0.36
b:right_down 6:0.19
b:right_first 6:0.13
b:right_for 2:0.14
b:right_in 2:0.27 5:0.15 9:-0.15
b:right_off 5:-0.1 10:0.12
b:right_out 2:-0.14 5:0.14
b:right_part 0:0.13
b:ring_back 6:-0.31
b:ring_i 5:-0.11
b:ring_in 5:0.14
b:ring_me 0:-0.35 5:-0.18 6:0.21 13:-0.12
b:ring_someone 2:0.19
b:ring_the 0:0.31
b:ring_them 0:0.27 2:-0.1 3:-0.22 4:0.16 5:0.21
b:ring_to 0:-0.21 6:0.13 13:0.11
b:ring_up 4:-0.12
b:ring_us 5:-0.17
b:ring_when 0:-0.17
b:ring_you 0:-0.13 1:-0.12 6:0.33
b:rings_on 2:0.11
b:rings_out 0:0.34 5:0.36
b:rings_to 6:0.13
b:rip_off 3:0.32 4:0.27 5:-0.24 11:-0.16
b:rise_in 0:0.12
b:road_again 1:-0.11 5:0.19 12:-0.17
b:road_and 11:-0.11
b:road_branch 1:-0.38 2:-0.22
b:road_on 0:0.18 5:-0.13
b:road_within 0:0.11
b:robbery_for 0:-0.12
b:rolled_her 0:-0.18 2:-0.15 6:-0.13
b:rolled_in 0:-0.17
b:rong_with 2:0.2 5:-0.22
b:roof_tiles 1:-0.14
b:room_all 0:-0.27 1:-0.2 5:0.36 6:0.13
b:room_and 6:0.24
b:room_at 1:-0.24 5:-0.11
b:room_floor 3:0.16 10:0.1
b:room_for 1:0.21 3:-0.31 5:0.11
b:room_had 5:-0.4
b:room_has 5:-0.14
b:room_hasnt 1:-0.11 2:0.28
b:room_immaculate 1:0.14 5:0.33
b:room_in 0:0.46 3:0.25 5:-0.16 6:-0.18
b:room_is 2:0.14 5:-0.29
b:room_rate 4:0.31 5:0.2 6:0.21 12:0.12
b:room_service 0:0.13
b:room_smells 5:-0.13
b:room_that 3:0.11
b:room_was 0:0.15 1:-0.14 2:-0.17 11:-0.11
b:room_wasnt 3:0.12 5:-0.11 6:-0.11
b:rooms_are 0:0.12 4:0.13 8:-0.17
b:rooms_smell 3:0.25
b:rooms_were 2:0.13 4:-0.19 5:0.26 6:-0.1
b:rota_for 5:-0.12
b:round_and 6:0.17
b:round_here 0:0.18 4:0.15 11:0.28
b:round_in 5:0.12
b:round_it 0:0.22 5:-0.18
b:round_on 0:0.15 2:0.11 6:-0.18
b:round_the 1:0.26 3:0.14 5:0.17 7:0.17
b:round_to 5:-0.19
b:router_off 1:-0.15 5:-0.2 6:0.23
b:rubbish_coffee 5:0.17
b:rubble_all 0:0.18 3:0.12
b:rude_and 0:0.26 1:-0.19 6:-0.12
b:rude_awakening 4:-0.17 5:-0.12
b:rude_exactly 0:-0.17 2:-0.12
b:rude_rude 1:0.11
b:rude_to 1:0.13
b:rude_when 1:0.12
b:rules_inside 1:-0.14
b:run_a 4:0.16
b:run_out 0:0.21 4:0.15
b:running_50 0:0.14 1:-0.24 6:0.22
b:running_back 1:0.28 2:-0.21 6:0.16
b:running_late 6:0.2
b:runs_it 1:0.16
b:rush_me 0:0.12 2:-0.12
b:rush_the 0:-0.15 1:0.15
b:rushed_and 6:0.15
b:rushed_me 0:-0.22 1:0.21 2:0.18 6:0.38
b:rushed_out 1:0.16
b:sadly_the 5:0.1
b:safe_place 5:0.39
b:said_10 0:0.18 6:0.12
b:said_3 7:0.18
b:said_a 0:0.16
b:said_about 0:-0.44 2:0.2
b:said_all 5:0.24 6:0.27
b:said_delivered 2:-0.1 5:0.28
b:said_good 1:0.45 3:-0.23
b:said_he 0:0.46 6:0.14 7:0.11
b:said_hed 0:-0.19 1:-0.13 2:-0.15 4:-0.1 5:0.18 6:0.22 7:0.12
b:said_hello 0:-0.19 1:0.23 5:0.28 6:-0.21 12:0.14
b:said_her 5:0.11
b:said_i 0:-0.17 2:0.39 4:-0.18 6:-0.24
b:said_id 2:-0.16 4:-0.14 6:0.16
b:said_in 1:0.16 6:0.16
b:said_it 0:0.11 1:0.16 2:0.42 4:-0.14 6:-0.24
b:said_itd 2:-0.13 7:0.1
b:said_its 4:-0.18 5:0.39
b:said_my 1:-0.2 2:0.6 5:-0.3 6:-0.1 9:-0.15
b:said_no 0:-0.17 1:0.49 2:0.14 3:0.13 5:-0.12 6:-0.34 8:-0.22
b:said_nobody 5:-0.14
b:said_on 0:-0.42 6:0.11
b:said_our 2:-0.13 6:0.23 13:0.1
b:said_ready 7:-0.23
b:said_she 0:-0.27 2:0.13 5:0.15 9:-0.1
b:said_shed 1:-0.13 5:-0.35
b:said_someone 6:0.28 13:-0.13
b:said_thats 0:-0.1 5:0.12 6:-0.2
b:said_the 0:-0.2 1:-0.28 3:0.33 4:0.33 5:-0.17 6:0.21 7:-0.11 8:0.14 13:0.16
b:said_their 0:-0.22 5:-0.29 6:-0.19
b:said_they 0:-0.21 2:-0.11 4:-0.37 5:0.11 6:-0.25
b:said_theyd 13:0.2
b:said_to 0:-0.26 4:-0.11 5:0.33 9:0.11
b:said_two 0:0.27 1:0.15 6:-0.23
b:said_was 5:0.16 6:0.16
b:said_yes 2:0.25 5:-0.12 9:-0.18
b:sales_assistant 5:0.36
b:salesman_was 1:0.2 5:-0.15 8:-0.26
b:salon_smells 10:0.1
b:same_afternoon 0:-0.27 2:0.1 6:0.3
b:same_day 0:0.61 1:0.11 5:-0.33 7:-0.1
b:same_fault 5:0.21
b:same_form 2:0.15
b:same_link 6:0.25 13:-0.11
b:same_month 4:-0.13 5:-0.12
b:same_morning 2:-0.2 6:0.33
b:same_rattle 5:0.15
b:same_week 0:0.71 1:0.13 5:0.18 6:-0.41 7:0.2 12:0.1
b:sandwich_was 5:0.7 11:0.12
b:sandwiches_are 5:0.2 12:0.1
b:sat_down 5:-0.11
b:sat_in 0:-0.19 1:-0.33 6:0.47
b:sat_nav 1:0.12 5:0.23
b:sat_on 1:0.13 6:-0.13
b:sat_there 0:-0.12
b:sat_with 0:-0.15 2:-0.12
b:saturday_and 0:0.2 5:-0.1
b:saturday_night 0:0.17
b:saturday_staff 2:0.28 6:-0.2
b:saturday_the 6:-0.13
b:saved_me 1:-0.24 2:0.72 5:-0.13 9:0.32 11:0.11
b:saved_my 0:-0.26
b:saved_our 2:0.11 5:0.21 6:-0.17
b:saved_them 0:-0.13
b:saw_it 0:0.11 3:0.12 6:-0.1
b:saw_me 1:0.28 8:0.13
b:saw_the 2:0.29 6:-0.11
b:say_a 1:-0.33 6:0.37
b:say_about 1:-0.1 3:0.11 4:-0.2 5:-0.12 6:-0.18
b:say_for 1:-0.19 4:-0.21
b:say_hed 0:0.35
b:say_i 5:-0.23
b:say_is 0:-0.12
b:say_it 0:-0.25 2:0.13 6:0.33 13:0.13
b:say_its 0:-0.18 2:-0.29 5:0.25 6:0.18
b:say_my 7:-0.12 13:-0.15
b:say_our 0:0.16 2:0.19 3:0.1 5:0.3
b:say_so 5:0.49
b:say_sorry 1:0.12
b:say_that 4:0.16
b:say_the 0:0.28 5:-0.25 7:-0.16 8:0.11 11:-0.22 13:0.19
b:say_they 0:-0.23 1:0.27 2:-0.14 4:-0.1 5:-0.12 6:0.13 13:-0.13
b:say_theyd 6:0.12
b:say_this 2:0.27 6:-0.13
b:say_were 4:0.37 5:-0.1 6:-0.13
b:say_which 2:0.11
b:say_why 0:0.16
b:saying_how 3:0.1
b:saying_it 0:0.22 5:-0.25
b:saying_our 1:0.35 6:-0.24
b:saying_the 0:0.18 1:-0.13 2:-0.13 3:0.46 10:-0.17 12:-0.12 13:-0.18
b:saying_they 0:-0.38 6:0.25
b:saying_theyd 0:-0.16
b:says_it 2:0.12 5:0.14 6:-0.18 12:0.1
b:says_on 6:0.17
b:says_so 4:0.19
b:says_the 1:-0.2 2:0.12
b:scale_and 0:-0.16
b:scathing_about 0:0.13 5:0.18
b:schnell_! 5:-0.11
b:school_office 1:0.22 4:-0.11
b:scone_was 5:0.61 12:-0.12
b:scratch_down 3:0.2 5:0.3
b:scratch_on 5:0.12
b:scratched_the 5:0.23 6:0.12 8:0.1
b:screen_4 5:-0.26
b:screen_and 5:-0.14
b:screen_at 5:-0.21 6:0.2
b:screen_was 5:0.56
b:screen_while 0:0.21
b:screens_in 5:-0.1
b:script_and 2:0.11
b:sea_view 0:0.13
b:seat_was 2:-0.11
b:second_agent 2:0.24 6:-0.22
b:second_floor 5:-0.11
b:second_microwave 0:-0.26
b:second_mortgage 4:0.16
b:second_opinion 0:-0.13 2:0.25 4:-0.25 5:-0.17 9:-0.13
b:second_time 4:0.28 5:0.35
b:section_talked 4:-0.13
b:security_guard 1:0.33
b:see_a 5:0.22 6:0.11
b:see_her 5:-0.11
b:see_how 1:-0.14 6:0.32
b:see_it 6:-0.11
b:see_me 5:-0.15
b:see_my 1:-0.22 2:-0.14 3:0.31 5:0.43
b:see_the 0:0.16 2:-0.17 4:0.13 5:0.45 6:-0.16 8:-0.11 10:-0.14 12:-0.1
b:see_them 3:-0.28 6:-0.4
b:see_what 5:0.28
b:see_where 0:-0.14 6:0.29
b:see_you 0:0.22 5:-0.17
b:seem_to 2:0.36 9:-0.17
b:seemed_bothered 0:0.12 1:0.1
b:seemed_to 6:-0.28
b:seen_a 1:0.31 2:-0.14
b:seen_as 1:0.31 2:0.13 3:0.14
b:seen_at 0:0.39 1:-0.12
b:seen_in 1:-0.14
b:sehr_freundlich 0:0.31
b:sehr_gut 0:0.34
b:self_checkouts 0:0.16 5:-0.21
b:self_service 0:0.2 1:-0.13 5:-0.32
b:sell_me 0:-0.21 5:0.28 6:-0.14
b:sell_out 5:0.16
b:selling_me 6:-0.1
b:semi_skimmed 5:0.27
b:send_a 0:-0.27 6:0.13
b:sending_me 6:0.26 13:-0.12
b:sends_a 5:-0.12 6:0.37
b:sent_a 0:-0.18 1:0.19 5:0.5 6:0.14 13:0.12
b:sent_about 4:-0.17
b:sent_it 0:0.17 5:-0.14
b:sent_me 1:-0.27 5:-0.19 6:0.3
b:sent_the 5:0.24
b:sent_three 6:0.2
b:sent_to 5:-0.19 6:-0.24 9:-0.11
b:sent_us 1:-0.14
b:september_and 4:0.12 5:0.11
b:served_us 5:0.1
b:servers_were 2:0.11
b:service_advisor 0:0.11 7:-0.13 13:-0.16
b:service_and 0:-0.11 1:-0.11 2:0.44 4:0.18 5:0.29 6:-0.16
b:service_at 0:0.16 1:-0.14 4:0.16 5:-0.21
b:service_charge 0:-0.12 1:0.11 4:0.12 6:0.53 13:-0.11
b:service_desk 1:-0.2
b:service_fee 4:0.16
b:service_is 0:0.18 2:-0.18
b:service_kiosk 0:0.1 5:-0.18
b:service_kiosks 6:-0.18
b:service_means 0:-0.2
b:service_on 5:0.13
b:service_took 0:0.11
b:service_was 0:0.1 1:0.15 5:-0.32
b:service_were 6:-0.15
b:service_with 1:0.16
b:serving_me 0:0.2 8:-0.12
b:session_and 2:-0.1 5:-0.14 6:0.14
b:session_on 6:-0.21
b:session_ran 0:-0.14
b:set_up 2:0.2 6:0.11
b:seven_and 0:0.18 5:0.11
b:seven_minutes 6:-0.32
b:seven_weeks 0:0.19 4:-0.17 7:-0.11
b:several_also 5:0.1
b:several_complained 5:-0.27
b:several_described 4:-0.11
b:several_felt 5:0.18
b:several_had 1:-0.16 6:-0.14
b:several_members 2:-0.12
b:several_mentioned 1:0.18 4:-0.11 5:0.26 8:0.1 12:-0.11
b:several_older 2:-0.11 6:0.17
b:several_owners 6:0.15
b:several_parents 2:-0.14 5:-0.1 6:0.3 13:0.12
b:several_participants 5:-0.1 6:-0.17 11:0.12
b:several_people 0:0.13 1:-0.33 5:0.34
b:several_said 0:0.12 4:-0.2
b:several_times 1:-0.11
b:several_were 6:-0.21
b:shame_about 0:0.33 1:0.15 5:0.38 8:0.12
b:shame_the 0:0.12 3:0.15 6:0.18
b:sharp_as 0:0.26 1:-0.22 3:0.13 5:0.15 7:0.11
b:she_actually 5:0.16
b:she_asked 5:0.2
b:she_came 2:0.18
b:she_cleaned 1:0.17
b:she_clearly 1:0.39
b:she_could 6:-0.11
b:she_couldnt 0:0.1
b:she_did 0:-0.11 1:-0.13 5:-0.15 11:0.18
b:she_didnt 1:0.21 5:-0.15
b:she_drew 2:0.14
b:she_even 1:0.33 2:-0.15 5:0.32 6:0.32
b:she_found 2:-0.11
b:she_gave 2:-0.12 5:0.21
b:she_got 0:0.2
b:she_had 0:0.18 5:-0.15
b:she_is 6:0.11 11:0.11
b:she_just 1:0.22
b:she_knew 1:-0.15 5:0.44
b:she_never 0:-0.2 2:0.25
b:she_now 5:0.14
b:she_promised 0:-0.16
b:she_remembers 0:0.12
b:she_said 2:0.16 5:0.12 6:-0.21 9:-0.11
b:she_saw 5:0.1
b:she_says 0:0.21
b:she_speak 6:0.21 13:0.14
b:she_spotted 6:-0.14
b:she_took 1:-0.17 5:-0.15
b:she_turned 0:-0.12
b:she_understood 2:-0.1
b:she_walked 0:-0.19 1:0.23 2:0.16
b:she_was 1:0.19 5:-0.11 8:0.12
b:shed_been 0:0.14
b:shed_done 1:0.2 2:0.13 6:-0.16
b:shed_even 2:-0.17
b:shed_had 0:-0.18 5:0.41 6:0.38
b:shed_never 5:0.11
b:sheets_down 5:0.14
b:shell_love 0:-0.12
b:shes_the 11:0.14
b:shift_apologising 1:-0.13 3:0.12 6:0.2
b:shirt_came 12:-0.18
b:shoe_covers 3:0.31
b:shop_and 5:0.11
b:shop_are 6:0.18
b:shop_didnt 1:-0.21 2:0.25
b:shop_floor 2:0.4 3:0.11 6:-0.14
b:shop_for 4:0.23
b:shop_here 1:0.29 2:-0.16 4:0.11
b:shop_in 5:0.25
b:shop_is 3:0.48 4:0.29 5:-0.14
b:shop_knew 1:-0.29
b:shop_lady 0:0.22 1:0.12
b:shop_next 1:-0.21
b:shop_on 2:0.1
b:shop_so 4:0.16
b:shop_staff 2:0.22
b:shop_told 11:-0.1
b:shop_were 0:-0.14 5:-0.15
b:shops_couldnt 0:0.2
b:short_of 5:0.1
b:short_on 0:0.26
b:short_staffed 0:0.17 5:0.22
b:short_with 0:-0.29 1:0.34 5:-0.36 8:-0.18
b:shorter_than 1:0.21 5:0.19
b:should_be 1:-0.25 3:-0.11 5:-0.24 6:0.11
b:should_go 2:0.1 5:0.2
b:should_have 0:-0.4 5:-0.17
b:shouldnt_have 1:0.13
b:shout_out 0:-0.11 1:0.14 4:0.28 5:-0.14
b:shouted_at 0:-0.23 4:0.16
b:shouting_at 1:0.52
b:show_her 2:-0.2
b:show_me 2:0.11 6:-0.19
b:showed_it 0:-0.41 1:-0.1 6:0.11
b:showed_me 1:-0.31 2:0.23 4:-0.29 5:-0.12 6:0.36 9:0.22 13:0.1
b:showed_up 0:0.16 5:0.29
b:showed_us 0:-0.39 1:0.27
b:shower_and 5:0.21
b:shower_n 5:-0.12
b:shower_tray 0:0.13
b:shower_was 6:0.1
b:showers_are 0:-0.24 2:0.29 5:0.16 6:-0.11
b:showers_have 0:0.11
b:shows_the 0:-0.11 6:0.14
b:shrugged_and 1:0.14 6:-0.16
b:shrugged_when 3:-0.11 5:0.17
b:shut_for 0:-0.12
b:shut_the 0:0.17 6:-0.2
b:side_effects 0:0.1 2:-0.11
b:side_gate 4:0.12
b:side_is 5:0.21 6:-0.17 12:0.13
b:side_room 1:0.15
b:sighed_loudly 5:0.14
b:signage_to 6:-0.22
b:signed_by 2:0.11
b:signed_up 1:-0.16
b:signs_to 0:-0.22 6:-0.32
b:since_2019 0:0.22
b:since_3 0:-0.2 6:0.22
b:since_easter 0:0.3 5:-0.19
b:since_i 5:0.13 6:0.11
b:since_it 0:-0.25 5:-0.14 6:0.24
b:since_march 0:-0.11 3:-0.12 4:0.19 6:0.2
b:since_october 0:0.41 3:0.16 5:-0.2 7:-0.1
b:since_the 6:-0.5 7:0.11 11:-0.11 13:0.1
b:since_they 2:0.31 4:0.31 5:-0.37
b:since_we 1:-0.23 2:-0.36 3:0.56 4:-0.19 6:0.13 7:0.29 9:0.18 10:0.33 13:0.25
b:single_crumb 3:-0.27
b:single_email 1:-0.12
b:single_hair 3:0.18 10:0.14
b:single_one 0:-0.19 5:0.39
b:single_time 0:0.16 6:-0.31
b:singled_out 2:-0.18 6:0.11
b:sir_madam 4:-0.11 5:-0.14
b:sir_or 5:0.21
b:sisters_wedding 1:0.11 2:-0.12
b:sit_in 0:0.25
b:sit_with 1:0.17 6:0.17
b:site_and 1:-0.11 5:0.18 12:0.12
b:site_for 0:-0.12 5:0.15
b:site_was 5:0.27 6:0.21
b:sitting_in 1:-0.1
b:sitting_there 0:0.2 4:-0.2
b:six_hour 5:-0.16
b:six_hours 4:0.13
b:six_minutes 0:-0.51 1:0.73 2:-0.18 8:-0.11
b:six_months 0:-0.12 1:-0.12 2:0.17
b:six_quid 2:0.26
b:six_sessions 6:0.1
b:six_times 2:-0.33 5:-0.1 6:0.18
b:six_to 2:-0.12 5:0.14
b:six_weeks 0:-0.1 4:-0.19 5:0.29
b:six_years 0:0.26 2:-0.36
b:size_of 2:0.17
b:skipping_the 3:0.14
b:skirting_boards 3:0.14 4:0.11 5:0.37 10:0.11 11:-0.15
b:sleeping_on 5:0.42
b:slick_and 5:0.25
b:slot_and 5:0.18
b:slots_were 6:0.11
b:slow_cooking 0:-0.24 2:0.25 5:0.28 6:-0.23
b:slow_to 0:0.11 1:-0.17
b:slowly_and 0:-0.12 6:0.11
b:slowly_for 0:-0.13 1:0.26
b:small_glass 1:0.15
b:small_online 4:0.25
b:small_thing 0:-0.1 1:0.2
b:small_to 1:0.1
b:smart_home 2:0.23 5:-0.21 6:-0.11
b:smart_meter 5:0.36
b:smell_in 0:0.11 3:0.14 6:-0.11
b:smell_of 5:0.19
b:smelled_like 5:-0.13
b:smelling_of 5:0.3
b:smells_fresh 2:0.12 10:0.13
b:smells_like 5:-0.16
b:smells_of 0:-0.1 3:0.11 5:-0.15
b:smelt_awful 0:0.11
b:smelt_like 5:-0.15
b:smelt_lovely 5:-0.14
b:smelt_of 3:0.13 5:-0.15
b:snapped_at 1:-0.12 5:0.25
b:snapped_on 4:-0.22
b:snapped_the 5:0.13
b:snapped_within 6:0.13
b:so_cheap 4:-0.18
b:so_clean 0:0.13 2:-0.18 5:0.38
b:so_customers 0:0.11 5:0.55 12:-0.11
b:so_every 5:0.42
b:so_far 1:0.14
b:so_fast 5:-0.15
b:so_friendly 2:0.1 5:-0.17
b:so_full 5:-0.29
b:so_gentle 2:-0.13 8:0.12
b:so_good 2:-0.11 5:-0.15 13:0.11
b:so_half 0:-0.24 5:-0.12
b:so_he 2:0.15 5:0.3 6:-0.11
b:so_i 0:-0.56 1:0.17 2:-0.32 3:0.17 6:0.23 9:0.13
b:so_im 2:0.18 9:0.11
b:so_long 0:0.11
b:so_much 2:-0.34 5:-0.12 6:0.46
b:so_new 5:-0.14
b:so_no 0:-0.13 6:-0.22
b:so_now 0:0.15 4:-0.1
b:so_parcels 5:-0.12
b:so_patient 1:0.26
b:so_people 1:-0.23
b:so_quick 0:0.13
b:so_reassuring 1:0.15 6:-0.14
b:so_she 0:-0.21 1:-0.23 5:-0.13
b:so_short 5:0.11
b:so_slow 0:0.16
b:so_sticky 3:0.18 5:-0.19
b:so_the 2:-0.13 5:-0.13 6:0.1
b:so_they 0:0.18 1:0.18
b:so_we 0:0.14 1:0.18 2:0.36 6:0.41 7:-0.12
b:so_when 2:0.12 6:0.27
b:soaked_and 1:-0.16
b:social_media 6:0.19
b:society_is 4:0.16
b:sofa_in 0:0.22
b:sofas_and 5:-0.12
b:sold_me 1:-0.13 2:0.13 5:0.36
b:sold_us 2:0.17 5:-0.13
b:solicitor_was 2:-0.12 5:-0.11 6:0.25
b:solicitors_office 4:-0.11
b:some_of 1:0.18
b:someone_actually 1:-0.14
b:someone_else 6:-0.15
b:someone_elses 2:0.43 3:0.29 5:0.13 9:-0.12 10:-0.13
b:someone_finally 0:-0.2 9:-0.15
b:someone_in 0:-0.48
b:someone_needs 3:0.27
b:someone_new 0:-0.2
b:someone_on 0:-0.1 3:0.11
b:someone_round 0:0.16 5:0.21 7:0.18
b:someone_to 0:0.49 6:-0.13
b:someone_was 5:0.15
b:someone_who 3:-0.11 9:-0.12 11:0.1
b:someone_will 0:-0.14 6:0.34
b:someone_would 0:-0.11 2:-0.19 13:-0.1
b:something_different 2:-0.3 5:0.14 6:0.14
b:something_has 4:-0.14
b:something_that 2:0.12
b:son_to 5:0.12
b:soon_as 5:0.31 6:-0.12 12:-0.11
b:sore_point 0:-0.18 1:-0.21 2:0.15 5:0.24
b:sort_it 6:-0.13
b:sort_of 1:0.23 5:-0.18
b:sort_out 1:0.12 6:-0.1
b:sorted_it 0:0.34 2:0.28 5:0.11 6:0.14
b:sorted_my 0:0.5 2:0.24 5:0.43 7:0.15
b:sorting_my 5:-0.15
b:sound_bloke 0:0.61 1:0.13 5:-0.11
b:sound_lads 1:0.15
b:sourdough_is 5:0.13
b:sparky_was 1:0.31 5:0.19
b:speak_english 5:-0.1
b:speak_slowly 5:-0.11
b:speak_to 0:-0.27 6:0.13 9:0.18
b:speaks_to 1:0.24
b:special_delivery 5:-0.16
b:speck_of 0:0.11 3:0.14 5:-0.18 10:0.13
b:speeds_are 5:0.27 12:0.11
b:speedy_service 0:0.19
b:spend_half 1:-0.19 2:-0.16 6:0.2
b:spending_my 0:0.18 6:-0.16
b:spent_ages 0:-0.3 1:0.19 2:-0.14 4:-0.15 5:0.16
b:spent_forty 6:0.17
b:spent_half 0:-0.15 1:0.25 4:0.12
b:spent_twenty 0:-0.14 1:0.21 2:0.16
b:spin_bikes 5:0.13
b:spin_instructor 5:0.22
b:split_on 1:0.15 4:-0.14 5:-0.22
b:spoke_to 1:0.37 6:0.16 13:-0.11
b:spoken_to 0:-0.31 1:0.35
b:sports_hall 0:-0.1 2:-0.11
b:spot_on 0:-0.2 1:-0.18 2:0.28 3:0.15 5:0.21 6:0.12 9:0.23
b:spotless_and 2:0.14 3:0.35 5:0.23 10:0.12
b:spotless_driving 3:-0.39
b:spotless_record 0:-0.12 2:-0.11 5:0.82 6:-0.1
b:spotted_a 0:-0.3
b:spotted_it 2:-0.32 4:0.34 6:-0.19
b:spotted_my 5:-0.11
b:spotted_that 0:0.17 6:-0.16 9:0.12
b:spotted_the 2:0.17 5:-0.24
b:squat_form 1:-0.34
b:squeezed_me 0:0.22 1:0.13 6:-0.4
b:staf_wer 1:0.13
b:staf_were 5:-0.14
b:staff_a 0:0.15 1:0.15
b:staff_about 2:-0.23
b:staff_are 1:0.29 3:0.42 4:0.34 5:0.21 6:0.15 8:0.1 12:-0.13
b:staff_as 1:0.2 2:-0.1 3:0.11 4:0.11 5:-0.36
b:staff_at 0:-0.25 1:-0.32 4:-0.15 5:-0.38
b:staff_can 2:0.25
b:staff_canteen 4:-0.7 5:-0.19
b:staff_car 4:-0.1
b:staff_chatting 0:0.1 1:0.12
b:staff_could 5:0.2
b:staff_couldnt 0:-0.13 1:0.16 4:0.23 5:0.22 8:0.22
b:staff_didnt 0:-0.19 5:0.13
b:staff_have 2:-0.32 4:-0.39
b:staff_knew 2:0.16
b:staff_know 1:-0.23 2:0.14 4:0.17 9:0.12
b:staff_lovely 8:0.15
b:staff_member 2:0.1
b:staff_on 0:-0.16 2:0.12 3:0.14 5:0.31 11:-0.11
b:staff_or 1:-0.14
b:staff_parking 0:-0.13
b:staff_room 1:-0.1 3:-0.16 5:-0.11
b:staff_say 2:0.35 6:-0.17
b:staff_seemed 1:-0.13 2:0.15
b:staff_super 5:0.26
b:staff_there 5:0.11
b:staff_toilets 3:-0.29
b:staff_uniforms 1:-0.16
b:staff_were 0:0.14 1:0.21 2:-0.24 4:0.16 5:-0.26 8:-0.34
b:staff_werent 0:0.16
b:staffed_till 5:-0.18 6:0.19
b:stage_and 4:0.19
b:stain_on 12:0.14
b:stale_by 5:0.26
b:stand_there 0:0.31
b:standing_charge 2:-0.15 6:0.23
b:stank_of 3:0.17
b:stars_! 1:0.18
b:stars_for 5:0.4 12:0.15
b:stars_from 5:-0.12
b:start_all 0:0.34
b:start_and 5:0.26
b:start_of 0:-0.1 5:-0.1
b:start_on 0:0.28
b:start_to 0:0.13 3:0.13 5:-0.1
b:started_commenting 0:0.16
b:started_going 5:-0.18
b:started_on 0:0.28 5:-0.22 7:-0.24
b:started_saying 3:0.25 10:-0.11
b:started_sending 0:-0.18 2:-0.13 3:0.22 5:-0.15 6:0.19
b:started_the 0:-0.14
b:starter_on 2:0.18
b:starters_at 5:0.11
b:state_of 3:0.14 10:-0.1
b:station_and 2:0.12
b:station_toilets 3:0.15 5:-0.11
b:stay_for 1:0.23 2:-0.1
b:stayed_for 0:-0.14
b:stayed_in 5:0.33
b:stayed_on 0:-0.13
b:steak_was 5:0.17
b:steep_but 5:-0.11
b:steep_for 5:-0.15
b:steered_me 5:0.11
b:steered_us 5:0.22 11:0.14
b:steering_wheel 3:0.25 5:-0.42
b:step_and 2:-0.16
b:step_before 1:-0.47
b:step_by 2:-0.16 6:0.35
b:step_in 1:0.22
b:sticky_and 2:0.1
b:sticky_floor 3:0.11 4:-0.15 5:0.27
b:sticky_my 3:0.18 5:-0.19
b:sticky_tables 3:0.11 5:-0.11
b:still_a 1:-0.1
b:still_broken 0:0.51 5:-0.26
b:still_cant 2:0.31 3:0.11 4:0.12 6:-0.32 7:0.11 9:-0.12
b:still_dark 0:0.52 5:-0.17
b:still_dont 6:0.33
b:still_friendly 1:0.11
b:still_going 5:0.11
b:still_got 4:0.21 6:0.22
b:still_had 1:0.15 3:0.26 4:-0.34 5:0.2 6:-0.15
b:still_has 1:0.22 2:-0.15
b:still_hasnt 6:-0.16
b:still_havent 0:-0.11 6:-0.11
b:still_isnt 0:0.1
b:still_no 0:-0.13 2:0.39 5:0.13 6:0.28 9:-0.11
b:still_not 2:-0.1 7:-0.15
b:still_nothing 0:-0.35
b:still_on 0:0.13 3:0.15 5:-0.41 7:-0.26 12:-0.12 13:-0.17
b:still_piping 0:0.11 5:0.15
b:still_shop 1:0.27 2:-0.15 4:0.14
b:still_the 4:0.13
b:still_there 0:0.4 5:-0.12
b:still_took 4:-0.47 5:-0.33
b:still_waiting 0:-0.92 3:-0.12 5:0.3 6:0.46 13:-0.18
b:still_warm 0:-0.1 4:0.13
b:still_wont 5:0.37
b:stockroom_is 3:-0.18
b:stone_cold 0:0.33 1:-0.1 7:-0.12
b:stood_at 0:0.2 2:-0.18
b:stood_on 0:0.11
b:stood_there 0:0.29 1:-0.2 5:-0.26 6:-0.14
b:stopped_doing 7:-0.11
b:stopped_using 2:0.35 5:-0.31
b:stopped_working 5:0.12
b:storage_unit 5:-0.24
b:store_and 2:0.13
b:store_because 1:0.18 5:0.2 6:-0.1
b:store_layout 0:-0.19 6:-0.1
b:store_said 1:-0.21
b:store_staff 8:-0.14
b:story_short 5:0.37
b:straight_answer 1:0.28 2:0.13 4:-0.23
b:straight_away 1:-0.27 7:0.19 9:0.11
b:straight_back 4:0.15 5:-0.39 10:-0.13
b:straight_on 1:0.32
b:straightforward_and 0:0.19 5:-0.11 6:0.12
b:streetlight_outside 0:0.16 5:-0.43 7:-0.19
b:strength_of 9:-0.11
b:strong_views 5:-0.11
b:stuck_to 10:-0.25
b:student_rate 4:0.32 11:0.14
b:students_keep 3:-0.19
b:students_tell 4:0.12
b:stuff_and 0:0.14 5:0.24 6:0.15
b:stuff_but 1:0.31 2:0.13 3:-0.11 5:0.48 12:-0.12
b:stuff_on 1:0.23
b:stuff_was 1:0.24
b:stylist_was 2:-0.13 6:0.14
b:such_a 1:0.22 2:-0.11 5:-0.17
b:suit_was 2:0.13
b:suited_my 1:0.17 5:-0.19
b:summary_after 6:0.16
b:summary_of 0:-0.13 5:-0.13
b:summed_up 6:-0.17 8:0.11
b:sunday_roast 0:-0.11 1:-0.12 4:-0.13 11:-0.11
b:sundays_and 3:0.14
b:super_rápido 0:0.17
b:supermarket_on 6:-0.13
b:supplier_and 5:-0.1
b:support_is 0:0.46 5:0.34 6:0.13
b:supposed_to 6:0.11
b:sure_how 4:-0.12
b:sure_i 0:-0.14 1:0.16
b:surgery_is 1:0.12 8:-0.14
b:surgery_itself 6:0.12
b:surgery_on 0:0.21 3:0.64 10:0.2
b:surgery_was 2:0.12
b:surprised_the 10:0.14
b:swapped_it 6:0.43 13:0.17
b:sweep_at 0:-0.22
b:sweep_for 5:0.14
b:sweet_but 5:-0.11
b:swept_up 1:-0.13 3:0.71 5:0.13 10:0.3 12:0.19
b:swim_is 11:0.15
b:swimmers_in 0:0.29
b:swimming_club 0:0.11 2:0.12 6:0.12
b:swimming_lesson 0:0.12 4:-0.1 5:0.25
b:swimming_lessons 0:-0.13 5:0.14
b:swimming_pool 3:-0.29
b:swimming_teacher 5:0.13
b:switched_energy 4:0.18 5:-0.16 7:0.11
b:switched_from 5:0.18
b:system_and 2:0.32
b:system_crashed 0:0.19
b:system_crashes 0:-0.17
b:system_is 0:-0.21 4:-0.2 5:0.13
b:system_was 0:0.17 1:-0.12 4:0.36 6:-0.2 11:0.15
b:ta_! 3:0.47 10:0.29
b:ta_for 5:0.19
b:table_and 2:0.11
b:table_still 3:0.26
b:tables_not 5:-0.18
b:tables_were 2:0.13
b:tables_wiped 10:0.12
b:tablets_in 0:-0.12 2:0.29
b:take_a 1:0.27
b:take_it 1:0.2 9:0.15
b:take_six 2:-0.11
b:take_the 6:0.11
b:takeaway_i 4:0.15
b:taken_together 6:-0.12
b:takes_ages 0:0.19
b:takes_to 1:0.17
b:taking_my 5:-0.12 6:-0.15
b:taking_the 5:-0.11
b:taking_three 5:0.1 6:0.15
b:taking_two 5:0.19
b:talk_down 1:0.11 5:-0.23
b:talk_of 1:-0.14 3:-0.12 8:-0.15
b:talk_to 6:-0.23 8:0.14
b:talked_about 1:0.23 4:-0.24 6:-0.12
b:talked_at 0:0.11
b:talked_down 1:0.34
b:talked_me 0:-0.17 1:-0.19 6:0.1 9:0.11 12:0.14
b:talked_to 1:0.22 8:-0.1
b:talked_us 0:0.13
b:talking_about 2:0.18
b:talking_to 0:0.28 1:0.31 5:0.11 6:-0.29 7:0.13
b:tap_and 0:-0.2 5:-0.13
b:tap_in 5:0.1
b:tap_water 5:-0.14
b:taste_of 5:0.26
b:tasted_like 5:0.1
b:tasted_of 4:-0.1 5:0.31
b:tastes_like 3:-0.18
b:tasty_but 5:0.18
b:tax_helpline 2:0.11
b:tax_line 0:-0.15
b:tax_office 2:0.32 6:-0.12
b:tax_return 6:-0.19
b:taxi_at 0:-0.15
b:tbh_the 1:0.1 5:0.15
b:tea_and 5:-0.12
b:tea_was 5:0.51 12:-0.1
b:tea_went 0:0.48
b:teacher_is 0:-0.13 5:0.16 6:0.3
b:team_are 1:0.4 2:0.14
b:team_as 5:-0.14
b:team_at 5:-0.1
b:team_can 2:-0.21 6:0.18
b:team_has 6:-0.16
b:team_have 2:0.12
b:team_is 2:0.21 6:-0.15
b:team_on 0:-0.11
b:team_still 2:0.21
b:team_were 1:0.33 5:0.15
b:tech_was 0:0.12
b:teeth_and 1:0.26
b:teeth_have 2:-0.15 3:-0.15 5:0.41
b:tell_customers 2:0.18
b:tell_her 0:-0.19 2:0.16 6:0.15
b:tell_me 0:0.28 1:-0.41 6:-0.15 11:0.11
b:tell_people 1:0.14 4:0.13 5:0.11
b:tell_them 2:0.54 4:-0.13 6:0.13 9:-0.11
b:tell_us 3:0.14 4:0.33 13:-0.19
b:tell_you 5:-0.36 6:-0.22 9:0.12
b:telling_me 0:-0.32 1:-0.15 2:-0.39 5:0.36
b:telling_us 0:0.33 2:-0.19 4:-0.15 5:0.2 6:0.2 12:-0.11
b:tells_me 4:0.22
b:tells_them 0:0.19
b:tells_us 2:0.22 6:0.28 13:-0.1
b:tells_you 2:-0.13 4:-0.18 5:-0.15 6:0.5 13:0.1
b:ten_days 0:0.21
b:ten_minute 5:0.22 6:0.26
b:ten_minutes 0:0.42 5:0.19 6:-0.18 7:0.18
b:ten_out 0:-0.11 5:0.15 12:0.14
b:ten_participants 5:0.15
b:ten_past 0:-0.14
b:tenants_in 0:-0.18 6:0.13
b:tenner_for 4:0.33 5:-0.21 11:0.23
b:tennis_club 1:0.2
b:test_and 0:0.16 4:-0.16
b:test_ive 4:0.27
b:test_results 1:0.1 2:0.24 7:0.16
b:tests_and 1:-0.12 2:0.2 4:0.11 6:-0.13
b:tests_were 6:0.4 13:-0.12
b:text_at 5:-0.22 6:0.21
b:text_reminders 1:-0.27 6:0.17
b:text_saying 0:0.13 13:-0.11
b:text_the 1:0.1 6:0.12
b:text_them 6:0.14
b:text_to 5:-0.2
b:text_when 1:-0.12 6:-0.36
b:text_with 5:-0.11 6:0.16
b:text_within 0:-0.14 3:-0.14
b:texted_me 1:0.2 5:0.26 6:0.18
b:texted_the 13:0.1
b:than_a 1:-0.12 5:0.52 12:-0.11
b:than_anything 1:-0.12 5:0.14
b:than_at 0:-0.28 4:0.15 5:0.25 12:0.16
b:than_before 1:0.22
b:than_buying 0:0.28 4:0.22
b:than_he 1:0.12 2:-0.14 4:-0.15 5:0.24
b:than_i 1:0.2 3:0.24 4:-0.21
b:than_in 2:0.33
b:than_last 4:-0.15 5:-0.12
b:than_my 0:-0.13 3:0.37 4:-0.16 10:0.13
b:than_once 4:0.23
b:than_one 12:-0.15
b:than_that 4:-0.2 5:0.15
b:than_the 0:0.17 1:-0.13 2:-0.24 3:-0.12 4:0.37 5:-0.12 6:-0.14 9:0.14 11:0.29
b:than_they 0:0.18
b:than_us 5:0.31 12:0.12
b:than_what 5:-0.16
b:thank_us 1:0.21
b:thank_you 0:-0.29 1:-0.34 2:-0.16 3:-0.35 4:-0.14 12:0.16 13:0.11
b:thanks_for 0:-0.12 1:0.47 5:-0.19 8:-0.13 13:-0.18
b:thanks_to 0:0.1 2:0.33 3:-0.3 5:-0.16
b:that_? 5:0.13
b:that_a 0:0.11 5:0.13 7:0.11
b:that_actually 1:0.12 5:0.36 12:0.17
b:that_at 1:0.21
b:that_before 0:-0.13 6:0.31 13:0.11
b:that_call 0:-0.13
b:that_came 6:0.11
b:that_didnt 0:-0.16 2:0.12 5:0.17 6:0.11 9:-0.12
b:that_doesnt 5:0.19
b:that_drops 5:0.1
b:that_first 6:0.19
b:that_for 0:0.43 5:0.25 6:-0.17
b:that_garden 2:0.14
b:that_had 2:0.21
b:that_hadnt 3:0.12
b:that_haircut 5:0.35
b:that_half 2:0.23 5:-0.3
b:that_i 4:-0.12
b:that_id 0:0.11 2:0.12 5:-0.12 6:-0.14 10:-0.11
b:that_is 4:-0.23 5:0.15 12:-0.17
b:that_it 0:-0.46 1:0.26 4:-0.1
b:that_kind 0:0.11
b:that_lasted 5:-0.49 12:-0.12
b:that_my 1:-0.1 2:0.59 5:-0.19 6:-0.14 13:-0.1
b:that_never 0:-0.19 6:0.17
b:that_night 0:-0.12
b:that_nobody 1:0.12 2:-0.13 5:-0.21
b:that_our 2:0.1 11:-0.15
b:that_parking 6:0.23
b:that_staff 1:-0.29
b:that_still 0:0.24
b:that_the 3:0.17 6:0.6 7:-0.11 9:0.12
b:that_they 0:0.12 1:-0.13 2:-0.35 4:-0.13 13:0.27
b:that_theyd 5:-0.2
b:that_three 5:-0.16
b:that_took 5:-0.18
b:that_two 5:-0.17
b:that_was 0:-1 1:0.38 2:0.13 3:-0.22 5:-0.55 6:0.3 9:-0.21 13:-0.15
b:that_we 1:0.44 5:-0.21 6:0.15 13:0.15
b:that_well 1:0.16
b:that_went 0:0.14 5:-0.11
b:that_were 5:0.12
b:that_weve 7:-0.11
b:that_when 0:0.17
b:that_worked 3:0.13 5:-0.12
b:that_works 5:-0.14
b:that_would 0:-0.22
b:that_wouldnt 2:0.12
b:thats_all 0:0.14
b:thats_been 1:-0.12 5:0.38 6:0.11
b:thats_exactly 6:-0.28
b:thats_gone 5:-0.12
b:thats_how 1:-0.1
b:thats_mostly 1:0.17
b:thats_not 4:-0.27 5:-0.14
b:thats_the 1:-0.12 5:0.12
b:thats_what 6:-0.14
b:the_14 5:-0.11
b:the_17 6:0.21
b:the_19 0:0.23 1:0.1 13:-0.1
b:the_2 1:0.1
b:the_3 0:0.3 6:-0.24 13:-0.1
b:the_30 0:-0.37 2:0.26 3:-0.15 6:-0.23
b:the_4 5:-0.1
b:the_40 0:0.16
b:the_8 0:0.15 3:0.12
b:the_account 4:-0.12
b:the_accountant 0:0.25
b:the_advice 0:-0.16 1:0.12 2:0.32
b:the_adviser 0:-0.11 2:0.17 5:-0.11 6:-0.37
b:the_advisers 1:-0.25 2:0.3
b:the_advisor 0:-0.17
b:the_afternoon 0:0.11 3:0.24 11:0.14
b:the_afternoons 3:0.18 5:-0.11
b:the_agency 2:-0.23 5:0.28 6:0.25 12:-0.11
b:the_agent 1:0.27 2:0.13 4:0.15 6:-0.15 8:-0.12 13:-0.31
b:the_airline 0:0.14 6:0.16
b:the_airport 5:0.16 11:-0.11
b:the_aisles 3:0.25
b:the_alarm 2:0.11 4:0.37
b:the_alternator 0:-0.12
b:the_ambulance 1:0.16
b:the_angry 4:-0.17
b:the_animals 1:0.2 5:-0.18
b:the_annual 1:-0.11 2:-0.14 5:-0.17
b:the_answer 2:0.19 4:-0.1
b:the_answers 2:0.25
b:the_app 0:-0.44 1:-0.22 4:0.16 5:0.63 13:-0.2
b:the_application 2:0.27
b:the_appointment 1:0.39 5:-0.14
b:the_apps 0:0.11 2:-0.2 4:0.13 5:-0.19 6:0.35 13:-0.1
b:the_area 1:-0.17 2:-0.34 5:0.36 6:-0.12
b:the_assistant 1:0.21 2:0.18 4:-0.15 5:-0.2 6:-0.2
b:the_automated 6:0.11
b:the_b 1:-0.16
b:the_baby 3:0.11
b:the_back 0:0.24 1:0.11 2:0.21 3:0.23 4:-0.12 5:0.12 10:-0.13 11:0.15 12:-0.11
b:the_bag 4:0.11 5:-0.32
b:the_bakery 1:0.13
b:the_ball 1:0.41
b:the_band 1:-0.33
b:the_banister 5:0.1
b:the_bank 1:0.33 2:-0.17 4:-0.16
b:the_banks 0:0.23 5:0.35 6:-0.18
b:the_bar 0:0.16 1:0.24 3:0.13 5:0.37 6:0.19
b:the_barber 1:-0.14 4:-0.15 5:0.59 12:-0.18
b:the_barriers 0:-0.16 2:0.1 6:-0.15
b:the_basin 0:0.13
b:the_bath 1:-0.13 3:0.1 4:-0.16 5:-0.14 10:-0.18
b:the_bathroom 0:-0.23 3:0.11 5:-0.38
b:the_bathrooms 3:0.21
b:the_battery 0:-0.1 1:-0.11 2:0.12 5:0.18 12:0.14
b:the_bay 0:0.12
b:the_bed 5:-0.17
b:the_bedroom 5:-0.16
b:the_beds 5:0.18
b:the_bell 5:0.28
b:the_best 0:0.3 2:-0.27 3:-0.51 4:0.28 5:0.23 12:0.25 13:0.12
b:the_big 0:-0.16 2:0.52 5:-0.3 6:-0.22 8:-0.11 9:0.1 11:0.16
b:the_biggest 0:0.12 1:-0.11 5:0.14 6:-0.24
b:the_bike 5:0.22
b:the_bill 0:0.24 1:0.47 3:0.13 4:0.69 5:0.33 6:-0.26 8:-0.11 11:-0.2 13:0.19
b:the_billing 6:-0.19
b:the_bin 5:0.27 12:0.1 13:-0.2
b:the_bins 0:0.29 2:-0.16 3:0.22 4:0.31 5:0.24 10:-0.14
b:the_bits 3:0.14 5:-0.29
b:the_bloke 0:-0.27 1:0.17 2:0.12 4:0.15 5:-0.23 6:-0.12
b:the_blood 0:-0.19
b:the_blue 2:0.23
b:the_boiler 1:-0.21 2:0.23 3:0.57
b:the_boilers 0:0.49 1:-0.11 5:-0.37
b:the_book 0:0.22 1:-0.2
b:the_booking 1:0.32 4:0.19 5:-0.13 7:0.16
b:the_bookshop 6:0.15
b:the_boss 2:0.34
b:the_box 0:-0.2 2:0.23 5:-0.34 9:-0.15 13:0.12
b:the_brakes 5:0.13 9:0.1
b:the_branch 0:-0.11 1:0.17 2:0.11 4:-0.16 5:-0.34 6:0.15 7:0.13 9:-0.2
b:the_bread 1:-0.11
b:the_break 0:-0.22
b:the_breakfast 3:0.12 4:0.27 5:0.24 11:0.1 12:0.22
b:the_bridal 8:0.18
b:the_broadband 2:0.14 5:0.17 6:-0.32
b:the_brochure 1:-0.11
b:the_broken 0:0.2
b:the_budget 0:0.11 1:-0.13 6:0.1
b:the_builder 0:0.1 1:-0.19
b:the_builders 1:-0.13
b:the_building 1:-0.16 2:0.29 4:0.15 5:-0.15
b:the_burgers 10:-0.13
b:the_burnt 5:0.39 12:-0.14
b:the_bus 6:-0.15
b:the_butcher 0:-0.13 5:0.19
b:the_buyer 13:-0.13
b:the_cable 0:-0.12 1:-0.14
b:the_café 1:-0.39 2:-0.12 3:0.19 10:-0.16
b:the_cake 1:-0.15 5:0.34
b:the_call 0:0.29 1:-0.14 3:-0.19 4:0.22 6:0.26
b:the_callback 0:0.13
b:the_cameras 2:0.15 5:0.27
b:the_canteen 0:-0.2 5:0.25
b:the_car 0:0.64 2:-0.38 4:-0.27 5:0.89 6:-0.31 8:0.19 10:-0.1 11:-0.16 12:-0.12
b:the_card 2:0.15 5:-0.38
b:the_care 0:-0.12 2:-0.11 4:0.11 5:0.22 6:0.15 12:0.11
b:the_carpet 1:-0.18 3:0.2 5:0.22
b:the_carpets 5:-0.14 10:-0.12
b:the_cashier 2:0.1
b:the_cashpoint 1:-0.24 5:-0.19
b:the_cast 5:0.35
b:the_cat 5:0.25 12:0.13
b:the_chains 5:0.15
b:the_chair 0:0.36 2:-0.12
b:the_change 1:0.37 4:0.1 8:0.13
b:the_changing 2:0.17 3:0.24 4:0.32 5:-0.16 7:-0.11 11:0.21 12:0.12
b:the_chap 1:0.27 2:0.19
b:the_chat 0:-0.13 6:0.24 13:-0.24
b:the_chatbot 2:-0.13 5:-0.31 6:0.31
b:the_cheap 5:-0.15
b:the_cheaper 0:0.2 2:0.37 4:-0.33 6:-0.21
b:the_cheapest 0:-0.1 1:0.17 2:-0.59 4:0.39 5:-0.22 7:0.12 11:-0.22 12:0.12
b:the_check 5:0.15
b:the_checkout 6:0.17
b:the_chef 1:-0.39 10:-0.14
b:the_chemist 1:-0.3
b:the_chicken 3:-0.14 8:0.15
b:the_children 6:0.1
b:the_childrens 0:-0.1 1:0.41 3:0.19 5:-0.23 8:0.19
b:the_chips 5:0.3 6:-0.13 12:-0.21
b:the_christmas 1:-0.4
b:the_church 2:0.19
b:the_cinema 5:-0.1
b:the_cinnamon 4:0.13
b:the_city 5:0.32
b:the_claim 2:-0.11 6:0.11
b:the_classes 5:0.13
b:the_clean 0:-0.12
b:the_cleaner 1:0.31 3:-0.19
b:the_cleaners 1:-0.15 2:0.27 3:0.2 5:-0.28
b:the_cleanest 1:-0.19 3:0.2 10:0.12
b:the_cleaning 3:-0.14 5:0.39 10:0.18
b:the_cleanliness 3:0.23 4:-0.27 5:-0.15 10:-0.1
b:the_clerk 2:0.26
b:the_click 0:0.11
b:the_clinic 3:-0.11
b:the_clinical 5:0.18
b:the_clock 1:0.14
b:the_club 6:0.13
b:the_clubhouse 5:0.13
b:the_clubs 2:0.11 5:0.34
b:the_coach 1:0.35 6:-0.15 8:-0.1
b:the_coffee 3:0.13
b:the_coffees 5:0.1
b:the_cold 5:-0.11 6:0.16
b:the_collar 12:-0.19
b:the_colour 2:0.21
b:the_colours 0:0.2 5:0.14
b:the_committee 2:0.1 5:0.25
b:the_community 1:0.22
b:the_company 1:-0.15 6:0.43 12:-0.12
b:the_complaints 0:0.31 2:0.19 4:-0.36 5:-0.14 6:0.17 7:0.16
b:the_complimentary 4:-0.27
b:the_computer 0:0.12 1:0.14
b:the_concierge 1:-0.33
b:the_concourse 6:0.2
b:the_conference 3:0.1 4:0.11 6:-0.14
b:the_confirmation 0:0.17
b:the_consensus 0:0.15 5:0.16
b:the_consultant 6:0.2
b:the_consultation 0:-0.11 2:0.25 5:0.21
b:the_consulting 1:0.13 3:0.24
b:the_contact 1:0.13
b:the_contract 1:0.17 5:-0.18 6:0.2
b:the_contractor 0:0.1
b:the_contractors 5:0.2
b:the_control 2:0.14
b:the_coordinator 0:-0.15 1:0.1 2:0.1 4:-0.13 6:0.14
b:the_corner 2:-0.23 3:-0.27 5:-0.24
b:the_corridor 5:0.14
b:the_cost 2:0.28 4:-0.11 5:-0.26
b:the_couch 5:-0.32
b:the_council 0:0.25 1:-0.23 2:0.15 4:-0.34 6:-0.3
b:the_councils 2:-0.16 5:-0.16 6:0.31 13:-0.13
b:the_counter 0:0.28 1:0.5 2:-0.31 5:0.27 6:0.23 13:-0.1
b:the_county 1:-0.17
b:the_courier 0:0.17 1:0.21 2:-0.29 5:0.35 6:0.23 7:0.1 8:-0.11 12:-0.11
b:the_couriers 5:0.2
b:the_cream 5:0.14
b:the_crew 1:0.2 12:-0.1
b:the_crews 2:-0.1 5:0.28
b:the_crisps 5:-0.11
b:the_croissants 5:0.37
b:the_crown 5:-0.17
b:the_cupboard 4:-0.12
b:the_curry 2:-0.1
b:the_customer 2:-0.15 3:0.19 4:0.4 5:0.26 6:0.37 10:-0.12 11:-0.11 13:-0.15
b:the_customers 0:-0.16 1:-0.33 2:0.25 4:-0.12 5:-0.1 6:0.15
b:the_cut 0:-0.2 1:-0.2 2:-0.12 5:0.48 6:0.36
b:the_cutlery 1:0.21 2:0.11 5:-0.15 6:-0.11
b:the_damage 4:-0.12 6:0.19
b:the_damp 10:0.16
b:the_dark 4:-0.12 6:0.17
b:the_date 6:-0.15 13:0.11
b:the_day 0:-0.72 1:0.14 2:-0.15 4:0.27 6:0.75 7:0.13 12:0.21 13:0.21
b:the_dealer 5:-0.13 9:0.15
b:the_dealership 2:0.11 5:-0.1
b:the_dearest 4:0.32 11:-0.12
b:the_deep 4:0.18 5:-0.15
b:the_delay 5:0.12
b:the_deli 1:0.2 6:-0.11
b:the_delivery 4:0.27 5:-0.14
b:the_dent 5:0.18
b:the_dental 1:0.26 5:-0.11 6:-0.1
b:the_dentist 0:0.11 1:0.21 2:0.12 4:0.25 5:-0.3 6:0.13 11:0.14 12:0.13
b:the_departure 5:-0.18
b:the_deposit 5:-0.1
b:the_depot 0:-0.18 5:-0.25
b:the_designer 0:0.14
b:the_desk 0:0.16 1:-0.13 2:-0.34 3:0.25 4:0.28 5:0.22 6:0.1
b:the_desserts 6:-0.15
b:the_difference 0:-0.11 2:0.24 5:-0.22 6:-0.17
b:the_dinosaur 0:-0.13 5:0.17
b:the_discharge 2:0.12
b:the_discussion 0:-0.13
b:the_dispensing 0:-0.2
b:the_display 1:0.11 2:-0.15
b:the_doctor 1:-0.22 2:-0.14 6:0.45
b:the_doctors 6:0.14
b:the_dog 3:0.3
b:the_dominant 5:-0.14
b:the_door 0:0.11 1:0.4 2:-0.31 4:-0.17 5:-0.39 6:0.22 12:0.25
b:the_doors 7:-0.14
b:the_dot 0:0.35 1:0.36 6:-0.1
b:the_drain 0:0.13
b:the_drains 1:-0.14
b:the_drinks 5:0.11
b:the_drive 3:0.18 5:-0.3 10:0.13
b:the_driver 0:0.28 6:0.31
b:the_drivers 3:0.23 5:-0.56 6:0.19
b:the_driving 6:-0.26
b:the_drop 4:-0.34 6:-0.14
b:the_dry 1:-0.17 3:-0.38 4:-0.21 5:0.46
b:the_dust 5:-0.16
b:the_duty 1:-0.19
b:the_east 2:0.17 4:-0.13 5:-0.11
b:the_eggs 5:0.12 8:0.13
b:the_egyptian 1:0.17 2:0.24 6:-0.25
b:the_electrician 1:-0.37 3:0.28
b:the_email 0:0.22 6:0.12
b:the_emergency 5:-0.12 6:-0.12 7:-0.19
b:the_end 0:0.14 5:-0.35 7:-0.11
b:the_energy 0:0.21 5:-0.23 6:-0.1
b:the_engine 2:0.25
b:the_engineer 0:0.18 3:-0.1 5:-0.34
b:the_engineers 1:0.13 2:0.16 3:-0.13 5:-0.14 6:0.21
b:the_entire 1:0.14 5:-0.13
b:the_entrance 3:0.11
b:the_equipment 0:0.17
b:the_estate 0:-0.11 1:-0.26 2:0.22 5:0.21
b:the_estimate 4:0.12
b:the_evening 2:0.17 5:0.15
b:the_events 1:-0.2 5:0.11
b:the_exact 0:0.11 1:-0.19 2:0.18
b:the_exercises 5:0.21 12:-0.13
b:the_express 0:0.9 4:-0.14 5:-0.35 7:-0.25
b:the_extended 0:0.14 3:-0.14 4:0.12 6:-0.12
b:the_extra 0:0.12 2:-0.39 4:0.86 5:0.27 6:0.43
b:the_eye 0:-0.11 2:-0.17
b:the_fabric 2:-0.11
b:the_factory 2:-0.11 6:0.14
b:the_family 0:-0.12
b:the_fare 11:-0.11
b:the_fault 0:0.1 1:-0.11 2:0.14 5:0.19 6:0.15
b:the_fee 4:0.19
b:the_fees 0:0.19 4:0.25
b:the_fella 1:-0.14 4:-0.18
b:the_fence 0:0.47
b:the_filling 4:-0.21
b:the_final 0:0.15 4:0.24 5:-0.32 11:0.11
b:the_finance 2:-0.13
b:the_finished 5:0.12 6:0.19
b:the_fire 1:-0.19 4:-0.23
b:the_first 2:0.16 4:-0.13 5:0.75 6:0.56 8:0.17 13:0.12
b:the_fish 2:0.35 3:-0.28 5:0.42
b:the_fitter 0:0.1 3:0.16
b:the_fitting 0:0.15 2:-0.13 4:0.17
b:the_fixed 4:-0.13
b:the_flat 1:-0.23 2:0.37 5:0.23 6:0.18 12:0.21
b:the_flight 0:0.16
b:the_floor 1:-0.11 2:-0.18 3:0.18 4:-0.14 5:-0.29 6:0.12 12:0.15
b:the_floors 0:-0.12 3:0.1
b:the_following 0:0.57 7:-0.2
b:the_fone 0:0.22 5:-0.13
b:the_food 0:0.2 1:0.14 5:0.69 6:-0.13 11:-0.11 12:0.22
b:the_footwell 5:-0.19
b:the_form 1:0.59 2:-0.15 6:-0.1 8:-0.11
b:the_forms 0:-0.11
b:the_frames 3:-0.2
b:the_fraud 1:0.17
b:the_free 4:-0.21 5:0.25 12:0.1
b:the_friday 6:0.21
b:the_fridge 3:0.18 5:0.21
b:the_fridges 5:-0.12
b:the_friendliest 0:0.13 1:0.4 8:-0.15
b:the_front 0:0.16 1:-0.18 2:0.11 3:0.27 5:0.38 10:-0.12
b:the_fruit 5:0.1
b:the_fuel 3:0.11 5:0.21
b:the_full 5:0.22
b:the_function 6:0.11
b:the_funeral 5:-0.13
b:the_fuse 0:-0.16 1:0.14 5:0.15
b:the_gallery 1:0.11 4:0.21
b:the_garage 0:0.15 4:0.17 11:0.12
b:the_garden 0:-0.12 1:-0.16 4:-0.15 5:0.38 6:-0.12
b:the_gate 0:0.12 1:0.47 2:-0.16 8:-0.13
b:the_gentleman 1:0.12 4:-0.12
b:the_gents 3:0.19
b:the_girl 0:0.13 1:0.25 5:-0.44 6:-0.15
b:the_glass 3:0.25 5:-0.16
b:the_glasses 0:-0.16 5:0.22
b:the_gluten 1:0.24
b:the_gp 0:0.3 1:0.2 6:-0.31 9:0.12
b:the_gps 0:0.19
b:the_green 5:-0.14
b:the_groomer 1:0.26 5:0.18 6:0.19
b:the_grooming 0:0.11 3:-0.14
b:the_group 0:-0.1 1:-0.34 2:-0.12 4:-0.17 5:-0.13 6:-0.51 9:-0.11 11:0.11 12:0.26
b:the_groups 3:-0.18
b:the_guard 0:0.13 2:0.31 5:-0.2
b:the_guy 0:-0.35 1:0.22 2:0.2 4:-0.2 5:0.48 6:-0.13
b:the_gym 0:0.23 1:-0.14 6:-0.19
b:the_gyms 2:0.11
b:the_hake 2:0.1 5:0.13 9:0.1
b:the_hall 3:0.46
b:the_hallway 0:0.12 3:0.14
b:the_hand 10:0.19
b:the_handling 5:0.1 6:0.22
b:the_handover 6:0.17
b:the_hardware 3:0.2 4:0.14
b:the_headaches 6:-0.23 9:-0.1
b:the_headphones 0:-0.14 1:-0.11 5:0.11 12:0.13
b:the_headsets 2:-0.22 6:0.24 13:0.18
b:the_heating 0:-0.16 5:0.24 12:-0.13
b:the_helpdesk 1:0.2 2:0.24 5:-0.32
b:the_helpline 0:-0.14 1:0.29 2:0.21 5:0.42 6:0.14 8:0.12 12:-0.11
b:the_high 5:-0.34
b:the_hinge 1:-0.12 5:0.16 6:0.12
b:the_hmrc 4:-0.3 5:0.3 6:-0.2
b:the_hold 0:0.2 4:0.11
b:the_hole 1:0.43 5:-0.11
b:the_holiday 4:-0.18
b:the_home 0:-0.24 5:-0.16
b:the_hospital 0:-0.23 1:-0.33 4:0.43 6:0.21 11:-0.26
b:the_hospitals 6:0.11
b:the_hosting 6:0.15 12:-0.12
b:the_hotel 2:-0.11 5:0.26 6:0.14 12:0.12
b:the_hotels 2:-0.11 4:-0.12
b:the_hour 0:-0.17 1:0.26 2:0.15 5:-0.21 6:0.31
b:the_house 0:-0.12 5:0.39 6:-0.16
b:the_hub 1:0.23 5:-0.15
b:the_hygienist 1:0.43 2:-0.13 3:-0.18 5:-0.11 6:-0.12
b:the_info 0:-0.11 1:0.32 2:0.21 6:-0.48
b:the_inside 3:0.31 4:0.14 5:0.26
b:the_installation 1:0.19 5:0.28
b:the_installer 1:0.25 4:-0.35 6:0.15
b:the_instructions 5:0.26
b:the_instructors 3:0.12 4:0.13 5:0.24
b:the_insurance 5:-0.16
b:the_insurer 0:-0.14 1:0.17
b:the_insurers 0:-0.13 2:0.23
b:the_interior 0:0.33 3:0.15 5:0.1
b:the_invoice 4:0.3
b:the_isa 1:0.11
b:the_issue 5:-0.21
b:the_it 5:-0.16
b:the_job 0:-0.32 4:0.23 5:-0.26 6:-0.16 11:0.12
b:the_jobcentre 0:0.28
b:the_junction 5:0.25
b:the_junior 1:-0.11
b:the_kennel 4:0.14
b:the_kettle 0:0.14 5:0.17 6:0.32
b:the_kids 3:-0.11 5:0.25 6:-0.13 12:0.13
b:the_kitchen 0:-0.26 1:0.24 4:-0.13 5:0.33 6:0.11 7:-0.14
b:the_knee 4:0.13 5:0.2 6:0.13
b:the_knowledge 5:-0.14
b:the_lab 5:0.1 6:0.12
b:the_label 1:-0.16 2:0.13 9:-0.1
b:the_lad 2:0.13 4:0.2 6:-0.37 7:0.11 8:-0.11 9:-0.13 12:-0.12
b:the_ladies 3:0.27
b:the_lads 1:0.14 4:0.11 5:-0.19
b:the_lady 1:-0.1 2:0.39 4:0.19 5:-0.2 6:0.13 8:0.17 9:0.22 13:0.2
b:the_lamb 5:0.32
b:the_landlord 1:0.39 4:0.12 5:0.15
b:the_laptop 6:-0.17
b:the_lasagne 5:0.15
b:the_last 3:0.12 4:-0.13 5:-0.39 6:-0.25 8:0.19 12:-0.17
b:the_late 4:0.41
b:the_lattes 5:0.22
b:the_laundrette 0:0.15 2:0.21 6:-0.17 10:0.16
b:the_layout 0:-0.14
b:the_leaflet 1:-0.22 2:0.11 5:-0.21
b:the_leak 0:0.44 2:0.18 5:0.21 12:0.21
b:the_lease 6:-0.1
b:the_leeds 2:0.12 5:-0.1
b:the_leisure 1:-0.37 2:-0.17 3:0.15 5:-0.23
b:the_length 0:0.14 5:-0.11 6:0.11
b:the_lenses 5:-0.16
b:the_lesson 1:0.13
b:the_lessons 5:0.35
b:the_letter 0:0.18 2:-0.31 5:-0.17 6:0.14
b:the_letters 6:0.12
b:the_letting 2:-0.16 3:-0.11 6:0.3
b:the_librarian 2:0.21
b:the_library 0:-0.17 1:-0.17 2:-0.12 3:0.2 4:-0.12 5:0.17 8:0.11
b:the_librarys 1:0.29 2:-0.1 5:-0.21 8:-0.11
b:the_lid 4:-0.22
b:the_lids 5:0.16
b:the_lifeguards 1:0.12
b:the_lift 5:-0.15
b:the_line 0:0.13 1:-0.1
b:the_list 2:0.13 5:0.15 11:0.14
b:the_listing 5:-0.12
b:the_little 1:0.16 4:0.22
b:the_local 5:0.25
b:the_lock 0:-0.14 2:0.17 5:0.2
b:the_lockers 5:0.34
b:the_locksmith 5:-0.18
b:the_locum 1:0.17 2:0.18
b:the_loft 0:0.13 1:-0.19 5:-0.27
b:the_long 4:0.2 5:-0.16
b:the_look 2:-0.14
b:the_loop 1:0.13 6:0.19 13:0.16
b:the_loos 3:0.12
b:the_loss 0:-0.2
b:the_lost 6:0.16
b:the_lot 5:0.11 6:0.16
b:the_lovely 1:0.28
b:the_lowest 0:0.24
b:the_machines 2:0.23 5:0.29 6:-0.18 8:0.11 12:-0.11
b:the_main 2:-0.15 3:-0.19 4:0.27 5:0.22 12:0.23
b:the_man 1:0.1 2:0.14 3:0.12 5:0.42 6:-0.18 8:-0.12
b:the_manager 0:-0.22 1:0.88 2:-0.26 5:-0.21 8:-0.13
b:the_managers 5:0.14
b:the_manufacturers 2:0.16
b:the_mats 3:0.33 4:0.13 5:0.11
b:the_meantime 0:0.37 5:-0.25
b:the_meat 1:0.23 4:0.33
b:the_mechanic 1:-0.39 2:0.54
b:the_mechanics 2:0.17
b:the_members 2:-0.17
b:the_membership 4:0.17
b:the_mental 0:-0.21 6:0.35
b:the_menu 0:-0.11 5:0.35 6:0.3
b:the_microwave 5:0.11
b:the_mid 0:-0.1
b:the_middle 1:-0.14 3:-0.1 4:-0.11 5:0.44 12:-0.1
b:the_milk 0:0.19 5:-0.28 6:-0.14
b:the_minute 0:-0.58 6:0.22
b:the_mix 6:0.14
b:the_mobile 0:0.13 2:0.18 8:-0.12
b:the_moderator 0:-0.17 2:-0.14 5:-0.11 10:0.14
b:the_moment 1:0.12 6:-0.18
b:the_monday 0:0.12 3:-0.12 6:-0.1 7:0.12 12:0.17
b:the_money 0:0.17 6:0.14
b:the_monthly 1:0.15 4:0.23 5:-0.23 11:0.11
b:the_morning 0:-0.11
b:the_mornings 1:-0.1
b:the_mortgage 5:-0.31 6:0.12
b:the_most 1:-0.24 4:0.4
b:the_mot 1:-0.1 5:-0.31
b:the_museum 1:0.1 6:-0.21
b:the_naan 0:0.41 5:0.29
b:the_name 2:0.48
b:the_negotiator 4:0.14
b:the_neighbours 3:0.15 4:0.12 12:0.11
b:the_nervous 1:0.16
b:the_new 0:-0.36 3:-0.24 5:0.17 6:-0.3 7:0.12 8:0.14 9:-0.13 10:0.11 13:0.42
b:the_next 2:-0.25 3:0.17 4:0.31 5:0.3 7:0.23 12:-0.12 13:0.11
b:the_nhs 0:0.1 1:-0.13 6:-0.12
b:the_night 0:0.15 1:0.46 4:0.1 7:0.14 8:0.15
b:the_noise 1:0.11 2:0.28 12:0.19
b:the_notes 6:0.15
b:the_number 0:-0.13
b:the_nurse 1:0.11 2:-0.25 8:0.14
b:the_nurserys 5:-0.11 6:0.13
b:the_nurses 0:0.17 1:0.11 2:0.26
b:the_off 0:-0.11
b:the_office 4:-0.17 5:0.31 6:0.3
b:the_officer 0:0.18 6:-0.19
b:the_old 0:0.2 1:0.14 2:-0.15 6:-0.25
b:the_older 1:0.14 5:-0.12 13:-0.18
b:the_one 0:0.19 1:-0.17 2:0.18 3:0.36 4:-0.16 8:-0.16 13:-0.12
b:the_ones 1:0.12 3:0.13 9:0.1
b:the_online 1:-0.14 4:0.13 5:-0.13
b:the_only 0:0.21 3:0.18 4:-0.11 5:-0.32 6:0.49 7:0.18 11:0.21 12:0.13 13:0.22
b:the_operation 2:-0.13 13:0.11
b:the_optician 1:0.1 2:0.37 4:-0.13 6:0.12
b:the_opticians 1:-0.44 4:0.12 5:-0.2 6:0.11
b:the_options 2:0.15 6:0.14
b:the_optometrist 0:-0.14
b:the_organic 5:0.16
b:the_original 0:-0.18 4:0.23
b:the_other 0:0.33 1:0.15 3:0.22
b:the_out 5:-0.12 6:0.22
b:the_outcome 1:-0.11 6:-0.21
b:the_oven 1:0.15 5:0.25
b:the_overdraft 4:0.17
b:the_own 2:0.12 5:0.36
b:the_owner 1:-0.33 2:0.2 4:0.21 5:0.16
b:the_packaging 1:0.11 3:0.15
b:the_pads 1:-0.14 2:0.19
b:the_paint 0:-0.23 1:0.16 2:0.34 3:-0.2 5:-0.1 9:-0.1
b:the_paper 5:0.3
b:the_parcel 1:0.16 5:-0.23
b:the_parking 4:0.11
b:the_part 5:-0.12
b:the_party 0:-0.11
b:the_passengers 5:0.1
b:the_passport 0:0.25 2:-0.12 5:-0.22 7:0.21
b:the_pasta 5:0.14
b:the_path 0:0.21 3:0.41 5:-0.16
b:the_patio 12:-0.13
b:the_patrolman 5:0.15
b:the_pavement 0:-0.19
b:the_pay 6:-0.12
b:the_payment 0:0.24
b:the_penny 6:0.26
b:the_people 2:0.12
b:the_person 2:-0.1 6:-0.1
b:the_pet 1:-0.26 2:0.24 6:-0.11
b:the_pharmacist 0:-0.22 1:-0.15 2:0.47 5:0.33 6:-0.15 9:0.32 12:0.14
b:the_pharmacy 0:0.33 2:-0.15 5:-0.29 6:-0.16
b:the_pharmacys 0:-0.11
b:the_phone 0:0.34 1:0.37 2:0.4 3:-0.15 4:0.33 5:-0.63 6:0.1 8:-0.19 9:-0.17 11:-0.16
b:the_phones 2:0.24 5:-0.12
b:the_photo 2:0.24 5:0.25
b:the_photos 4:0.1 5:0.51
b:the_physio 0:-0.38 5:0.21
b:the_picture 5:0.26 12:0.19
b:the_pillow 3:0.23 5:-0.3
b:the_pilot 6:0.51
b:the_pizza 4:0.28
b:the_place 0:-0.13 1:0.13 2:-0.19 3:0.57 5:0.36 7:-0.15
b:the_plane 5:-0.18
b:the_plaster 10:0.26
b:the_plates 3:-0.21 5:0.1
b:the_platform 0:0.23
b:the_play 1:-0.18
b:the_playground 0:-0.21 1:0.18
b:the_plumber 1:0.16 2:-0.11 5:-0.36 6:0.11 8:0.18
b:the_plumbing 1:0.14
b:the_plus 0:0.21
b:the_point 4:0.2
b:the_policy 0:0.31 2:0.23
b:the_pool 0:-0.14 1:0.15 3:0.1 6:0.39 12:-0.28
b:the_portions 5:0.16
b:the_positive 2:0.11
b:the_post 0:0.23 2:-0.12 5:-0.16 8:0.13
b:the_power 1:-0.31 5:-0.22
b:the_practice 1:-0.19 2:-0.39 4:0.29 5:-0.17 6:0.16
b:the_practices 6:0.18
b:the_pre 2:0.11
b:the_prescription 2:-0.13
b:the_pressure 3:0.21
b:the_previous 2:0.26 3:0.24
b:the_price 0:0.21 1:-0.17 2:-0.16 3:0.19 4:0.66 5:0.12 8:-0.12
b:the_prices 4:0.32 5:-0.23
b:the_printer 5:-0.15
b:the_printing 0:0.17 2:-0.15 6:0.27
b:the_private 0:0.26 5:-0.22
b:the_problem 2:0.15 11:-0.15 13:-0.14
b:the_product 6:-0.17
b:the_products 2:0.18
b:the_pt 2:0.12
b:the_pub 0:-0.2
b:the_public 0:-0.1
b:the_quality 5:0.22
b:the_queue 0:1.05 1:-0.14 4:-0.15 5:-0.49 6:0.15 7:-0.27
b:the_queues 0:0.42
b:the_quick 0:0.33
b:the_quickest 0:0.27
b:the_quiet 3:-0.17 5:0.12
b:the_quote 0:0.19 2:-0.11 4:0.5 5:0.32 6:0.26
b:the_rail 2:0.31 6:-0.27
b:the_rain 1:-0.12 5:0.19
b:the_ramp 6:0.17 7:-0.12
b:the_rash 1:-0.27 2:0.21
b:the_rattle 0:-0.17 2:0.3 5:-0.24 9:0.12
b:the_real 1:-0.18 6:0.1
b:the_reason 1:0.22 2:-0.17 4:-0.1 5:-0.11 6:-0.11
b:the_receipt 2:-0.32 3:-0.19
b:the_recent 5:0.18
b:the_reception 1:0.15 6:-0.16 8:-0.13 9:0.12
b:the_receptionist 1:0.7 4:-0.15 5:-0.3 6:0.3 8:-0.15
b:the_receptionists 0:0.1 1:0.11
b:the_recurring 1:0.15 8:-0.13 13:0.11
b:the_red 1:-0.11 3:0.33 5:0.26 12:0.15
b:the_refit 2:-0.23
b:the_refund 2:0.14 5:-0.14 6:-0.36 7:0.12 13:0.14
b:the_refurbished 6:0.21
b:the_refurbishment 4:0.12
b:the_regulars 5:0.27
b:the_regulations 0:0.11
b:the_removal 0:0.12 1:-0.15 3:0.16 5:0.29
b:the_removals 4:0.1 5:0.12
b:the_renewal 4:-0.17
b:the_rep 1:0.17 2:0.16 5:-0.13
b:the_repair 0:-0.1 2:-0.11 5:0.17 6:0.22 11:0.19 13:0.18
b:the_replacement 5:0.39
b:the_report 5:0.27 6:-0.14
b:the_rest 0:0.14 2:0.12 6:-0.16
b:the_restaurant 0:0.33 3:0.12 8:0.14
b:the_results 0:0.16 1:-0.19
b:the_retail 5:0.14
b:the_return 0:-0.12 4:-0.11 5:0.15
b:the_returns 4:-0.12 5:0.14 6:0.26 12:-0.12 13:0.12
b:the_rice 0:0.45 5:0.27 6:-0.15 12:-0.12
b:the_right 0:0.53 2:0.53 6:-0.14 7:0.15 9:0.27
b:the_ring 0:-0.16
b:the_risotto 5:0.26
b:the_road 0:-0.28 1:-0.43 2:0.15 3:-0.11 5:-0.14 6:-0.17 12:-0.11
b:the_roadside 5:0.24
b:the_roast 5:0.2
b:the_roof 1:-0.13 3:-0.11 4:-0.14 5:0.16 9:0.12 12:0.11
b:the_room 1:0.14 2:-0.18 3:0.11 4:0.26 5:0.71 6:0.23 13:-0.1
b:the_rooms 2:0.13 3:0.16 12:-0.13
b:the_rota 0:0.19 1:-0.16 6:-0.12
b:the_router 1:-0.17 2:0.15 5:-0.14 6:0.13
b:the_rubbish 0:-0.19 1:-0.11 5:0.17 12:-0.12
b:the_rules 2:0.15
b:the_sale 5:0.26
b:the_sales 5:-0.12 6:0.21
b:the_salesman 5:-0.15
b:the_salon 5:-0.15 10:0.11
b:the_same 0:-0.38 1:-0.13 3:-0.14 5:0.14 6:0.13 8:0.1 10:-0.15 12:-0.12
b:the_sandwich 5:0.43
b:the_sandwiches 4:0.31 5:0.12
b:the_sat 1:0.12 5:0.23
b:the_saturday 0:-0.21 2:0.25 5:-0.14 6:-0.11
b:the_savings 4:-0.11
b:the_scan 0:0.34
b:the_scheme 6:-0.12
b:the_school 1:0.14 5:-0.2 13:-0.11
b:the_screen 0:-0.2 5:0.32 12:-0.12
b:the_screens 5:0.22
b:the_seat 5:0.28
b:the_seats 5:-0.41
b:the_second 5:-0.19
b:the_self 0:0.23 1:-0.12 5:-0.14 6:-0.21
b:the_service 1:0.11 2:0.12 6:-0.16
b:the_session 5:-0.25 6:0.2
b:the_shading 5:0.16
b:the_shelf 2:0.38
b:the_shelves 0:-0.12 1:-0.13 3:0.12 5:0.13 6:0.17
b:the_shirts 5:0.14
b:the_shoes 5:0.26
b:the_shop 1:-0.21 2:0.12 3:0.17 5:0.41
b:the_shops 0:-0.14 1:0.23 6:-0.14
b:the_shower 0:0.14 2:-0.18 3:0.14
b:the_showers 0:0.12 2:0.19 3:-0.15 6:-0.17 10:-0.12
b:the_showroom 2:0.26 6:-0.18
b:the_side 0:-0.19 2:-0.14 4:0.17 5:0.56 6:0.2 12:-0.11
b:the_sink 5:0.1
b:the_six 0:0.1
b:the_size 2:0.15 5:-0.13
b:the_skirting 0:0.16 2:0.22 5:-0.2 10:0.14 11:-0.13
b:the_slides 0:-0.14 5:0.26 6:0.29
b:the_slightest 1:0.19 5:-0.17 8:-0.24
b:the_slow 0:-0.18 5:-0.12
b:the_slowest 0:0.14
b:the_smart 2:0.17 5:-0.14
b:the_smell 0:0.12 3:0.13 5:0.22 6:-0.1
b:the_snack 5:0.17
b:the_sofa 0:0.11 2:0.12 5:-0.17
b:the_software 0:0.13 5:0.11 6:-0.12
b:the_solicitor 4:0.15 6:0.24
b:the_solicitors 4:-0.11
b:the_sommelier 2:0.12
b:the_sourdough 1:0.18 5:0.25
b:the_spa 2:-0.1 4:0.31 5:0.22 6:0.1
b:the_spec 5:-0.13 6:-0.17
b:the_specialist 0:0.19
b:the_spin 0:-0.14
b:the_sports 0:-0.1 2:-0.11
b:the_spot 6:0.32 13:0.1
b:the_squat 0:0.13
b:the_staf 1:0.11 5:-0.15
b:the_staff 0:-0.35 1:0.33 3:-0.2 4:0.32 5:-0.13 6:-0.33 8:0.22 11:-0.31
b:the_stairs 0:0.11
b:the_start 5:-0.24
b:the_state 3:0.14 10:-0.1
b:the_station 0:0.14 2:0.12 5:0.13 11:0.14
b:the_steak 1:-0.14 5:0.11
b:the_steering 3:0.25 5:-0.42
b:the_steps 1:0.32 5:-0.14 6:0.12
b:the_sticky 0:-0.23 3:-0.12 5:0.18
b:the_stockroom 3:-0.2
b:the_store 1:0.15 5:0.21 6:-0.33
b:the_strawberries 0:-0.29 5:0.16
b:the_street 5:-0.19 11:-0.13
b:the_streetlight 0:0.15 5:-0.36
b:the_student 1:-0.1 4:0.28
b:the_studio 3:0.12
b:the_stylist 0:-0.12 1:0.32 5:0.25
b:the_suit 0:-0.21 2:0.12
b:the_sunday 1:-0.1 11:-0.11
b:the_supermarket 0:0.23 1:0.23 4:0.24 5:-0.11
b:the_supermarkets 5:0.18
b:the_supervisor 1:0.2 2:0.17
b:the_supplier 2:-0.1 5:0.11
b:the_support 2:0.12 5:-0.2 6:-0.13
b:the_surgeon 6:0.1
b:the_surgery 0:0.25 2:0.24 5:-0.14 8:-0.15 9:0.12
b:the_survey 5:0.26 6:-0.13
b:the_surveyor 2:0.51 3:-0.14 6:-0.14
b:the_swimming 0:0.1
b:the_switch 5:-0.11
b:the_system 0:0.15 1:-0.33 2:0.27 4:0.3 5:-0.11
b:the_table 5:0.13 7:0.13 12:0.11
b:the_tables 2:0.1 3:0.16
b:the_tablets 0:0.15 2:-0.13
b:the_takeaway 0:0.37
b:the_tap 0:0.12 5:0.56 6:-0.1 7:-0.11 12:-0.17
b:the_tasting 6:0.16
b:the_tattoo 5:-0.13 10:-0.14
b:the_tax 2:0.47 6:-0.17
b:the_taxi 5:0.18
b:the_tea 5:-0.21
b:the_team 1:-0.24 2:0.2
b:the_teas 1:0.21 3:0.1 6:0.22
b:the_technician 1:-0.1 2:0.48 5:-0.2
b:the_tennis 1:0.2
b:the_tests 6:0.4 13:-0.12
b:the_therapist 2:0.14 5:-0.2
b:the_three 0:0.33 5:-0.24 7:0.11
b:the_ticket 0:-0.16 1:0.27
b:the_till 0:0.17 1:0.16 2:-0.28 5:-0.41
b:the_tills 0:0.21 1:0.36 2:0.1 6:-0.11
b:the_time 0:0.12 3:-0.12 5:-0.13 12:-0.26
b:the_timing 5:-0.17
b:the_tin 3:-0.11 5:0.13
b:the_tip 1:0.34 5:-0.25 8:0.14
b:the_toilet 3:0.13
b:the_toilets 0:-0.15 1:0.11 3:0.34 12:0.11
b:the_top 1:-0.23 2:0.28 4:-0.14 5:-0.14 6:-0.1
b:the_touch 5:0.26
b:the_tracking 0:0.24 1:-0.12
b:the_trade 2:0.26
b:the_train 0:0.27 3:0.1 5:-0.36 6:0.3 11:-0.21
b:the_trainer 2:-0.13 5:-0.17
b:the_training 2:-0.13 6:-0.16
b:the_travel 6:0.25
b:the_tray 5:0.15
b:the_treadmills 0:-0.12 5:0.32
b:the_truth 1:-0.12 5:0.2
b:the_tuesday 4:0.13
b:the_turnaround 0:0.13
b:the_two 0:0.12 1:-0.26 4:-0.14 6:0.27 7:-0.1
b:the_tyre 1:0.2 2:0.67 4:-0.15 6:-0.17 7:0.12
b:the_tyres 5:0.11
b:the_under 1:0.28
b:the_update 0:-0.2
b:the_updates 0:0.12 5:-0.1 6:0.21
b:the_usual 0:0.11 4:0.19
b:the_van 1:0.13 3:0.19 5:-0.16
b:the_vegetarian 2:0.23 5:0.21
b:the_venue 1:0.2 2:-0.13 4:-0.16
b:the_very 0:0.13 6:0.22
b:the_vet 0:0.26 5:-0.38 6:0.26
b:the_vets 2:-0.1 5:-0.15 6:-0.2
b:the_view 3:-0.18 4:-0.11
b:the_volunteer 4:-0.19
b:the_volunteers 1:0.1
b:the_wait 0:0.46 1:0.17 4:-0.34 5:0.19 7:-0.21 8:0.18 12:0.13
b:the_waiter 1:0.29 2:0.15 4:-0.11 5:0.41 8:0.13 10:-0.12 12:-0.16
b:the_waiting 0:-0.5 1:-0.11 2:0.29 3:0.36 5:0.13 9:0.12
b:the_waitress 5:-0.16 6:-0.13
b:the_waits 5:0.14
b:the_walk 2:0.28 9:-0.12
b:the_walls 5:0.17
b:the_ward 2:-0.19 3:0.27 4:-0.12
b:the_warden 1:0.31 2:0.11 6:-0.18
b:the_wardrobe 5:0.2
b:the_warm 1:-0.16 6:0.16
b:the_warmest 1:0.13
b:the_warranty 0:-0.39 2:0.27 5:0.18
b:the_washing 1:0.14 5:-0.27
b:the_water 6:0.46
b:the_way 0:-0.3 1:0.29 3:-0.15 5:-0.11 13:0.12
b:the_website 0:-0.15 2:0.2 4:0.21 5:-0.15 11:-0.1 12:0.11 13:-0.12
b:the_wedding 0:-0.13 1:-0.3 2:-0.15 3:0.15 4:-0.12 5:-0.2 6:0.47
b:the_wednesday 5:0.21 12:0.11
b:the_week 0:-0.8 5:0.64 12:-0.15
b:the_weekend 5:-0.34
b:the_weekly 4:-0.22
b:the_wheels 3:-0.17 4:0.13 5:0.29 7:-0.12 13:-0.12
b:the_wheres 6:0.21
b:the_whole 0:-0.27 1:0.21 2:0.13 3:-0.14 5:-0.33 6:0.28 8:-0.11 12:-0.11
b:the_wifi 0:0.17 4:-0.26 5:0.61 12:-0.24
b:the_window 5:0.12 6:-0.13
b:the_windows 3:0.32 4:0.14 5:0.13
b:the_wine 5:0.33 11:0.13
b:the_woman 0:-0.2 1:0.76
b:the_work 3:0.13 4:0.11 5:0.31 6:0.29
b:the_workshop 5:0.39
b:the_worktop 5:0.12
b:the_worktops 1:-0.1
b:the_world 5:0.15 6:0.18
b:the_worn 1:-0.22 6:0.32
b:the_worst 5:-0.26
b:the_written 4:0.11
b:the_wrong 2:0.4 3:-0.19 4:-0.43 5:0.17 6:-0.24 8:-0.17 9:-0.42
b:the_x 6:-0.2
b:the_year 0:-0.11 5:0.11 6:0.18
b:the_young 4:0.12
b:the_younger 0:-0.34 2:-0.11 5:0.24
b:the_zip 5:0.2
b:the_£ 0:0.15 1:0.18 4:0.59 5:0.38 6:0.55 9:0.21 11:-0.16 12:0.12
b:their_appointment 1:-0.14
b:their_bill 4:-0.12
b:their_booking 0:0.16
b:their_cases 1:-0.17
b:their_claim 6:0.12 13:0.11
b:their_conversation 8:-0.1
b:their_credit 0:0.16 1:-0.1 6:0.2
b:their_dog 0:-0.11 1:0.11 4:-0.13
b:their_door 5:-0.14
b:their_feet 8:0.11
b:their_medication 6:0.13
b:their_order 6:0.32
b:their_own 2:0.17
b:their_parcel 5:-0.12
b:their_phones 0:0.4
b:their_plants 2:0.12
b:their_prescription 5:-0.14 6:0.27
b:their_problem 0:-0.13 1:0.25 5:0.12 6:-0.26 8:-0.12
b:their_repair 6:0.13
b:their_results 1:-0.18 2:-0.16
b:their_stuff 2:0.36 3:0.14 9:0.14 13:-0.13
b:their_trolleys 0:0.28 1:-0.16
b:their_way 1:-0.12 6:-0.11
b:their_weekend 0:-0.14 1:0.21 2:-0.11 8:-0.11
b:their_wines 2:0.11
b:them_a 0:-0.14 5:-0.28
b:them_again 4:0.11 13:0.11
b:them_and 5:-0.26
b:them_as 1:0.12 5:0.1
b:them_at 5:0.25
b:them_back 0:-0.11 3:0.23
b:them_before 0:0.12 4:0.18
b:them_by 1:0.43 2:-0.36
b:them_down 0:0.15 1:0.14 5:0.18
b:them_for 1:0.13
b:them_have 3:0.11 5:0.15 6:0.17
b:them_if 4:-0.16
b:them_in 0:0.24 5:-0.12 6:-0.27 7:0.13
b:them_know 6:0.17
b:them_off 1:0.22 6:-0.14
b:them_on 6:0.18
b:them_really 5:-0.11
b:them_that 0:0.38 2:-0.11 3:0.11 4:0.1 5:-0.1 6:0.15
b:them_the 3:-0.18 4:0.1 6:0.3
b:them_through 5:-0.12
b:them_to 1:-0.1 5:-0.11 6:0.55
b:them_was 0:0.12
b:them_when 2:-0.1 5:-0.14
b:theme_was 0:-0.14
b:themselves_are 6:0.33
b:themselves_were 0:-0.22 1:0.12 2:-0.13 5:0.15
b:then_a 0:0.2 4:-0.12
b:then_another 0:-0.18 2:-0.12 5:-0.19 6:0.2
b:then_bought 5:-0.11
b:then_cut 0:0.22 5:-0.14 6:-0.28
b:then_emailed 0:-0.11
b:then_found 5:0.12
b:then_got 5:-0.22
b:then_i 0:-0.11 2:0.11 3:0.16
b:then_it 5:0.1
b:then_left 0:0.25 4:-0.21 5:-0.14
b:then_nobody 4:-0.27 5:0.28
b:then_nothing 0:0.26 2:-0.1 3:0.17 5:0.37 6:0.17
b:then_said 2:0.1 5:-0.22
b:then_the 1:-0.28 2:0.47 6:-0.14 9:-0.16
b:then_there 6:0.13
b:then_they 5:0.48
b:then_theyre 4:0.2 11:0.11
b:then_told 1:0.15 13:0.11
b:then_we 6:0.12
b:then_went 6:-0.13
b:then_£ 5:0.15
b:there_and 1:0.54 2:0.11 5:0.14 6:-0.31 8:0.25 9:0.15 13:-0.12
b:there_are 5:0.27
b:there_for 1:-0.16 2:-0.21 5:0.13
b:there_like 0:0.1 5:-0.23
b:there_the 0:0.2
b:there_they 0:-0.1 6:0.15
b:there_until 0:0.38 4:-0.21
b:there_was 0:0.11 1:0.24 3:0.22 4:0.14 8:-0.13 11:-0.1
b:there_wasnt 0:-0.21 6:0.22
b:there_were 0:-0.13 5:-0.53
b:thered_be 6:0.14
b:theres_a 0:-0.13 3:-0.48
b:theres_always 3:0.11 4:0.1
b:theres_no 0:-0.18 2:0.13 5:0.18
b:theres_nothing 2:0.25
b:theres_only 3:0.19 5:0.22 6:-0.11
b:these_days 5:-0.17 6:-0.12
b:these_lot 4:-0.21 5:-0.14
b:these_things 4:-0.13 6:0.15
b:they_actually 0:0.39 1:-0.12 5:-0.31
b:they_also 5:0.13 6:-0.12
b:they_always 1:-0.26 2:-0.17
b:they_are 0:0.11 6:0.14
b:they_ask 1:0.1 6:-0.14
b:they_called 6:0.11 13:0.14
b:they_came 3:0.11 4:0.44 5:0.21 12:0.14
b:they_can 0:-0.3 5:-0.12 6:0.59
b:they_cancelled 0:-0.18
b:they_cant 6:0.23 13:-0.26
b:they_charged 4:0.2 5:-0.21 6:-0.13
b:they_cleaned 5:-0.2
b:they_clearly 1:0.29
b:they_come 1:0.26 5:0.15
b:they_complain 0:0.13
b:they_contact 4:-0.11
b:they_could 4:-0.23
b:they_cut 2:0.26 4:-0.1 5:-0.27
b:they_did 2:-0.1 3:0.22 4:-0.27 6:0.13 11:0.2 12:0.15
b:they_didnt 1:0.31 2:-0.26 3:0.13 4:0.17 5:-0.29 6:-0.11 13:0.14
b:they_do 0:0.11 1:-0.19 2:-0.21 5:-0.22 6:0.15
b:they_dont 0:-0.26 2:0.14 4:-0.1 5:-0.12
b:they_emailed 0:0.11 6:0.16 13:0.15
b:they_end 5:-0.2
b:they_explained 2:0.16
b:they_feel 1:-0.11 4:0.37
b:they_felt 0:0.2 6:0.18
b:they_finally 2:-0.23 6:0.16
b:they_fitted 0:0.15 5:0.13 12:-0.13
b:they_fixed 5:0.19
b:they_found 0:0.15 2:-0.24
b:they_gave 0:0.15 5:0.33
b:they_get 0:0.14 2:-0.13 3:-0.29 5:0.52 6:-0.24 12:0.11
b:they_got 0:-0.11
b:they_had 0:0.32 2:-0.1 3:0.19 6:0.12 10:0.17 12:0.1
b:they_hadnt 5:0.15
b:they_hate 1:0.11 5:-0.12
b:they_have 0:0.42 1:-0.24 5:-0.15 6:-0.13
b:they_hear 0:-0.11 4:-0.16 11:-0.14
b:they_just 1:0.24 5:-0.14 8:-0.16
b:they_kept 4:0.23 6:-0.17
b:they_knocked 0:0.19 5:-0.32
b:they_know 2:0.11 5:-0.15 6:0.13
b:they_left 0:-0.26 3:0.24 4:0.1 5:-0.11
b:they_liked 1:-0.14 5:0.12
b:they_lost 5:0.71 12:-0.12
b:they_never 2:-0.17 5:-0.13 6:0.16 13:-0.26
b:they_no 0:-0.17 13:0.11
b:they_notice 5:-0.12
b:they_now 5:0.11
b:they_promised 0:-0.17 5:0.32 6:-0.19
b:they_quoted 5:-0.16 6:-0.26
b:they_rang 0:-0.28 1:0.12 4:-0.11 6:0.4
b:they_rarely 5:0.14
b:they_really 5:0.12
b:they_recommended 1:0.27
b:they_refunded 2:-0.1 6:-0.14
b:they_replaced 0:-0.17 1:-0.13 5:0.38
b:they_ring 5:-0.13
b:they_said 2:-0.24 4:0.2 5:0.11 6:-0.46
b:they_say 1:-0.19 2:0.22 4:-0.14 5:0.18
b:they_scratched 5:0.1 6:0.13
b:they_see 4:0.2
b:they_sent 0:-0.24 1:-0.18 2:-0.14 5:0.27 6:0.25 13:0.12
b:they_sold 1:-0.13 2:0.17 5:0.2 6:-0.11
b:they_sorted 5:0.12 6:0.17
b:they_speak 0:-0.11 9:0.18
b:they_squeezed 1:0.11 2:-0.12 6:-0.17
b:they_still 1:0.27 5:-0.19 6:-0.32
b:they_swapped 6:0.43 13:0.17
b:they_tell 5:-0.16
b:they_text 0:-0.11 5:0.23 6:0.15
b:they_told 0:-0.13 5:-0.13
b:they_took 0:-0.2 4:-0.38 5:0.15 6:0.22
b:they_turn 0:-0.15 6:0.18
b:they_turned 0:0.12
b:they_used 0:0.2
b:they_wait 0:0.2 6:-0.15
b:they_waited 0:-0.34
b:they_were 1:-0.55 2:0.31 3:-0.29 4:-0.12 6:0.18 7:-0.17 9:-0.18 10:-0.11 13:-0.12
b:they_werent 0:0.16 1:0.13 2:-0.18 5:0.19 12:-0.18
b:they_would 0:-0.21 4:-0.13 6:-0.17
b:they_wouldnt 1:-0.29 5:-0.1
b:theyd_put 1:0.14
b:theyd_rather 0:-0.11 11:0.13
b:theyd_said 0:0.28 5:0.15
b:theyre_being 0:-0.17 1:0.17
b:theyre_going 2:0.12
b:theyre_in 1:-0.16 2:-0.18
b:theyre_not 2:0.11
b:theyre_right 0:0.14
b:theyre_the 1:0.2 4:0.17
b:theyve_been 1:-0.15 5:-0.1
b:theyve_done 5:0.33
b:theyve_ever 2:-0.12 5:-0.1 6:0.27 13:0.1
b:theyve_got 6:-0.12
b:theyve_seen 1:-0.11
b:thing_about 1:0.12 2:0.37 5:-0.31 6:-0.13
b:thing_like 5:-0.24
b:thing_that 0:0.12
b:thing_to 0:-0.19
b:thing_was 4:0.12
b:things_depending 6:-0.15
b:things_on 5:0.12 6:-0.13
b:things_properly 6:0.14
b:things_to 5:-0.13 6:0.28 8:-0.11
b:think_a 0:0.2
b:think_ive 4:0.31
b:think_the 4:0.1
b:think_we 4:0.33
b:think_£ 5:-0.14
b:third_time 0:-0.17 1:-0.15
b:this_? 3:0.12
b:this_branch 6:-0.16
b:this_company 0:-0.1 5:0.17
b:this_garage 5:0.23
b:this_group 3:-0.12 13:0.11
b:this_in 2:-0.11 4:-0.17
b:this_is 1:-0.25 3:-0.25
b:this_lot 0:0.13
b:this_matter 5:0.22
b:this_month 0:-0.39 1:-0.2 2:-0.19 3:0.1 5:0.14 6:0.49
b:this_one 2:0.15 5:-0.34
b:this_pharmacy 2:0.18 5:-0.1
b:this_place 0:-0.15
b:this_practice 0:-0.22 2:0.21 6:-0.12
b:this_quarter 2:0.19
b:this_time 2:-0.27
b:this_week 0:-0.14 5:0.25 6:-0.15
b:this_year 5:-0.31
b:tho_i 8:0.16
b:thorough_and 1:-0.56 3:0.18 5:-0.2
b:those_who 0:0.27 4:-0.16 5:0.28
b:though_and 0:-0.13
b:though_i 0:0.12 2:0.25
b:though_its 1:-0.27 2:-0.11 5:-0.14
b:though_several 5:0.19 8:0.11 13:-0.11
b:though_the 3:0.17 5:-0.35
b:though_two 3:-0.12
b:though_wed 1:-0.1 3:-0.12
b:thought_the 2:0.13
b:thought_was 0:0.14 3:0.31 5:0.29 12:0.13
b:three_books 2:0.3 5:-0.13 9:0.12
b:three_calls 6:0.12
b:three_courses 0:-0.12 5:0.25
b:three_days 0:-0.11 2:-0.21 4:0.22 5:0.37
b:three_different 2:0.43 5:-0.22 6:0.25 9:-0.21
b:three_emails 1:0.15
b:three_flights 1:0.12 3:0.16
b:three_hours 0:0.74 7:-0.11
b:three_months 0:-0.22 4:0.26 5:0.18 6:0.4
b:three_of 3:-0.28
b:three_or 0:0.12 5:0.13
b:three_people 4:0.14 5:0.14
b:three_places 5:-0.24
b:three_quotes 4:-0.29 5:-0.12
b:three_times 0:-0.5 3:0.33 4:-0.14 5:-0.12 6:-0.41 8:-0.19 13:-0.15
b:three_trips 5:0.37 6:-0.16
b:three_visits 0:-0.17 2:0.28 7:0.22 9:-0.11
b:three_weeks 0:0.48 1:-0.15 2:-0.36 3:-0.18 12:-0.19
b:three_winters 5:0.16 12:0.12
b:three_working 0:0.1 1:0.15
b:three_years 0:0.12 2:0.25 4:0.13 5:-0.17
b:threw_in 4:0.14
b:through_a 1:-0.11 3:-0.1 5:0.54 6:0.11 12:-0.18
b:through_at 6:-0.13
b:through_every 0:0.12 1:0.1 6:0.15
b:through_everything 6:0.23
b:through_from 6:0.24
b:through_his 0:-0.14 5:-0.17 6:0.22
b:through_how 1:-0.12
b:through_it 2:0.11 5:-0.13
b:through_my 0:-0.25 1:-0.24 5:0.26
b:through_on 0:0.12
b:through_resetting 2:0.16
b:through_the 0:-0.41 1:0.38 3:0.18 4:-0.27 5:-0.48 6:0.42 10:-0.13 12:-0.19 13:0.15
b:through_them 0:-0.14 1:-0.11 5:0.14
b:through_this 4:0.14
b:through_to 0:0.77 2:-0.11 5:-0.3 6:-0.16 7:0.1
b:through_what 1:0.15
b:through_without 5:-0.13
b:thx_for 6:0.13 13:0.1
b:thyroid_problem 1:-0.15 2:0.26
b:ticket_and 6:-0.12
b:ticket_for 2:0.15
b:ticket_machines 2:0.12 6:-0.14
b:ticket_number 0:0.31 7:-0.11
b:ticket_office 5:-0.18
b:ticket_would 2:0.11
b:tickets_were 5:0.16 12:0.12
b:tidy_and 0:-0.14 5:-0.15 6:-0.13
b:tidy_job 0:0.24 5:0.52
b:tidying_the 1:-0.14 3:0.16
b:tiles_and 1:-0.15 6:-0.14 9:0.12
b:till_anyway 5:-0.19
b:till_next 1:-0.17
b:till_software 6:-0.14
b:till_system 0:0.15 5:-0.2
b:till_was 0:-0.12
b:till_you 5:0.46
b:tills_are 0:0.15 1:0.19 5:0.16
b:tills_at 5:0.16
b:time_a 4:0.16 6:-0.12
b:time_and 1:0.46 3:0.13 5:0.46 8:-0.11 10:-0.12
b:time_anyones 2:0.23
b:time_ever 7:0.11 13:0.11
b:time_for 1:0.23 2:-0.12 4:-0.13 6:-0.12
b:time_i 0:0.1 3:-0.12 4:0.17 5:-0.2 6:0.18 7:-0.2 13:-0.14
b:time_in 0:-0.15 2:-0.23 5:0.39 6:0.18 12:0.17
b:time_is 5:0.26
b:time_it 0:-0.17
b:time_ive 1:-0.26 3:-0.28
b:time_like 1:0.2 5:-0.11
b:time_my 0:0.23 1:-0.27 2:-0.28 5:0.26 6:0.16 7:-0.16
b:time_on 2:0.15
b:time_that 2:-0.14 6:0.12
b:time_the 0:0.15 1:-0.13 2:0.21 4:-0.15 5:0.41 6:-0.16
b:time_they 0:0.19 1:-0.11 4:0.22 6:-0.43
b:time_theyve 6:0.11
b:time_this 0:-0.15 1:-0.15
b:time_to 2:0.3 5:-0.2 6:0.46 8:0.24 13:0.13
b:time_was 0:0.26
b:times_a 4:0.16
b:times_about 0:0.15 1:0.14 2:-0.33 5:-0.15 6:-0.11 13:-0.11
b:times_and 0:-0.21 2:0.27 4:-0.12 5:-0.25 9:-0.16
b:times_are 0:0.1 6:-0.15
b:times_because 5:0.11
b:times_for 0:0.34 1:0.26
b:times_have 0:0.11
b:times_in 0:-0.14 4:0.11 5:0.12
b:times_over 6:0.32
b:times_that 1:-0.17
b:times_the 0:-0.16 3:0.28
b:times_this 0:-0.25 2:0.19
b:times_to 6:0.13
b:times_without 6:0.15
b:timing_belt 5:-0.17
b:tiny_and 5:0.19
b:tip_and 3:-0.19
b:tip_at 2:0.1
b:tip_but 5:0.43
b:tip_by 3:0.24
b:tip_though 3:0.11 5:-0.1
b:tip_was 5:-0.15
b:tip_when 5:-0.26
b:to_10 7:-0.11
b:to_5 5:-0.21 7:0.15
b:to_a 0:0.33 1:-0.1 4:-0.11 5:0.78 6:0.19 7:0.1 11:0.16 13:-0.11
b:to_actually 1:-0.21
b:to_all 3:-0.29 5:-0.1
b:to_an 2:-0.15 6:0.28
b:to_and 0:-0.15
b:to_another 0:-0.12 2:0.1
b:to_answer 0:0.11 2:0.15 7:-0.17
b:to_anything 5:-0.14
b:to_apologise 0:0.11 1:-0.19
b:to_arrive 4:-0.12 5:0.21
b:to_as 0:0.2 1:0.33 2:-0.14
b:to_ask 0:-0.3 1:0.66 2:-0.13 3:-0.19 4:-0.35 6:-0.29 8:-0.17 9:-0.25
b:to_be 0:-0.58 1:0.6 2:0.45 3:0.49 4:0.38 5:0.31
b:to_blame 1:0.16
b:to_book 1:-0.1
b:to_bring 0:0.3 5:0.13 6:0.27
b:to_buy 1:0.3 2:0.21 4:-0.13 5:0.18 6:-0.21
b:to_call 0:-0.66 1:-0.12 5:-0.12 6:-0.2
b:to_cancel 2:0.15 6:0.26
b:to_care 1:-0.12
b:to_change 0:0.17 4:0.15
b:to_chase 1:-0.13 2:-0.25 4:-0.15 6:0.22 7:-0.24 13:0.17
b:to_check 0:-0.36 1:-0.25 6:0.63 9:0.19 13:0.18
b:to_claim 5:0.22
b:to_clean 3:0.27
b:to_collect 1:-0.16 5:-0.1 6:0.22
b:to_come 0:0.64 1:-0.19 5:-0.17 6:-0.31
b:to_complain 0:0.1 3:0.19 5:-0.24 6:-0.24
b:to_correct 4:0.1
b:to_customers 1:0.12 5:0.17
b:to_cut 5:0.22
b:to_deal 4:-0.21
b:to_discuss 1:0.14
b:to_do 1:0.4 2:0.17 6:-0.11
b:to_door 0:0.57 7:0.15
b:to_drop 5:-0.16
b:to_eat 4:0.11
b:to_eight 2:-0.12
b:to_email 5:-0.12
b:to_emails 0:-0.15 5:0.29 6:0.11 12:0.14
b:to_every 2:0.24 5:-0.2
b:to_everyone 1:-0.16 3:-0.21
b:to_exactly 5:-0.21 6:0.2
b:to_explain 1:-0.31 2:0.51 6:0.46
b:to_feed 2:0.17
b:to_fill 0:-0.12
b:to_find 0:-0.5 3:0.15 5:-0.14 6:0.19 13:-0.22
b:to_finish 3:0.14
b:to_fit 0:-0.13
b:to_five 5:0.11 6:-0.12
b:to_fix 3:-0.22 5:0.2 7:0.11
b:to_follow 1:0.11 5:-0.2 6:0.33
b:to_four 6:0.15
b:to_get 1:0.11 5:-0.3 6:0.11 7:-0.11 11:-0.19
b:to_give 5:-0.15 6:0.29
b:to_go 0:0.13 1:-0.34 2:-0.13 5:0.23 7:-0.1 12:-0.24
b:to_google 2:-0.1 6:0.25
b:to_have 0:0.13 2:-0.2 6:-0.13 13:-0.19
b:to_hear 6:0.16
b:to_help 1:0.18
b:to_her 2:0.2
b:to_him 6:-0.15
b:to_his 1:0.24 5:0.11
b:to_it 0:0.18 5:0.19 6:0.1
b:to_its 0:0.17
b:to_judge 0:-0.17 1:0.32 2:-0.12 3:-0.12 8:-0.11
b:to_just 4:-0.19
b:to_keep 0:-0.31 1:0.78 2:0.32 4:0.13 5:-0.18 6:-0.15 8:0.16 11:0.19
b:to_know 4:-0.12 9:-0.18
b:to_last 4:0.15
b:to_leave 1:-0.25 3:0.27
b:to_let 2:-0.11
b:to_log 5:0.16
b:to_london 1:-0.17
b:to_look 2:-0.19 5:-0.11 11:0.15 12:-0.13
b:to_make 4:0.27 8:0.14 11:0.26
b:to_malaga 5:0.31
b:to_manchester 2:0.15 4:0.1 11:-0.24
b:to_me 0:0.44 2:-0.18 3:0.15 5:0.23 9:-0.16
b:to_mention 5:-0.27 6:0.44 13:-0.12
b:to_my 0:-0.38 1:0.48 3:-0.14 5:-0.4 8:-0.12
b:to_one 5:0.11
b:to_open 0:-0.12 5:-0.19
b:to_our 0:0.1 1:-0.13 2:0.41 4:0.1 5:0.35 9:-0.11
b:to_park 0:-0.55 4:0.32 5:-0.16
b:to_pay 3:-0.1 4:0.12 5:-0.13 6:-0.1 11:0.13
b:to_phone 6:-0.16
b:to_pick 0:0.34 6:-0.23
b:to_private 0:0.14 5:-0.1
b:to_process 0:0.1
b:to_push 1:0.11 4:0.23
b:to_put 1:-0.19 2:0.11 4:0.1 5:0.29
b:to_read 0:0.15 1:0.46 2:-0.35 5:-0.14 6:0.52
b:to_really 0:-0.12
b:to_repeat 1:0.17 5:-0.15 6:0.42 13:0.16
b:to_reply 0:-0.23 6:0.12
b:to_report 0:-0.11 5:-0.17 6:-0.3
b:to_rest 2:0.18
b:to_ring 0:-0.42 2:0.16 5:-0.27 6:-0.1
b:to_save 10:-0.14
b:to_say 0:0.21 2:-0.4 4:-0.27 6:0.2 7:-0.17 11:-0.11
b:to_screen 6:-0.19
b:to_see 0:0.2 2:-0.12 6:0.17 8:-0.14 10:-0.12
b:to_sell 0:-0.13 2:0.16 4:0.19 5:0.18 6:-0.23
b:to_show 0:-0.12 1:0.13 2:0.1 6:-0.16
b:to_shut 0:0.17 6:-0.2
b:to_sit 2:-0.12 4:0.13 5:-0.21 6:0.19
b:to_sleep 6:-0.1
b:to_someone 0:-0.14
b:to_sort 0:-0.12 1:0.11 5:0.15
b:to_spain 1:-0.13 4:0.18
b:to_speak 0:-0.17
b:to_spend 0:0.12 1:-0.12
b:to_start 0:0.32 5:0.25
b:to_stop 4:-0.23 6:-0.12
b:to_switch 1:-0.12 6:0.29
b:to_take 0:0.31 1:-0.11 2:0.15 3:-0.17 5:-0.1
b:to_tell 1:-0.14 2:0.3 5:-0.11 6:0.36
b:to_the 0:0.7 1:0.23 2:-0.14 4:0.17 5:0.19 6:-0.47 7:-0.21 8:0.15 10:-0.12 11:0.16 12:0.36
b:to_their 0:0.44 6:0.13 8:-0.13
b:to_them 1:-0.12 2:-0.23 4:-0.2 5:-0.13 11:0.11
b:to_this 2:0.18 6:0.14
b:to_three 1:0.21 4:0.11 13:-0.1
b:to_turn 0:0.18 1:-0.12
b:to_under 7:0.11
b:to_understand 6:0.12
b:to_unlock 0:0.16
b:to_upsell 1:0.31 6:-0.12
b:to_us 0:0.64 1:-0.11 2:-0.13 4:-0.14 5:-0.11 6:-0.64 7:0.11
b:to_use 0:-0.11 2:0.54 3:-0.19 5:0.22
b:to_wait 1:-0.14 2:0.14 4:-0.11 5:-0.23 6:-0.27 7:0.15
b:to_watch 6:0.23
b:to_wipe 3:0.27
b:to_work 1:-0.1 2:0.22
b:to_write 1:-0.28 5:-0.29
b:to_your 3:0.1 6:-0.24
b:to_zero 3:0.16 10:0.15
b:to_£ 4:-0.46 5:0.12 6:0.46 13:-0.1
b:today_because 0:0.17
b:toilets_are 0:-0.15 1:-0.11 3:-0.37 5:0.17 10:0.11
b:toilets_in 0:-0.19 3:0.15
b:toilets_on 3:0.12
b:toilets_smelt 0:0.11
b:toilets_spotless 1:-0.16
b:toilets_were 0:-0.13 3:0.34 5:-0.12
b:told_a 2:0.18
b:told_about 2:-0.11 6:0.35
b:told_at 2:0.34 6:0.17
b:told_by 0:0.28 2:0.12 5:-0.12
b:told_different 6:-0.15
b:told_her 5:-0.13
b:told_i 0:-0.11 2:0.3
b:told_in 0:-0.27 2:0.27 6:-0.2
b:told_it 1:-0.16 2:0.33 5:0.12 9:0.11
b:told_itd 0:0.35
b:told_its 9:-0.15
b:told_me 1:-0.43 2:0.52 3:-0.12 4:-0.46 6:-0.56 8:-0.14 13:-0.11
b:told_my 2:-0.18 3:0.27 7:-0.13
b:told_not 6:0.11
b:told_off 0:-0.3
b:told_the 1:0.33 3:-0.12 5:0.17 8:0.13
b:told_them 2:-0.1 6:0.14
b:told_they 1:0.16 13:0.11
b:told_three 6:0.42
b:told_to 0:0.22 1:0.39 2:-0.22 3:-0.1 6:-0.13 8:-0.1
b:told_us 0:0.11 2:0.19 5:-0.46 6:-0.11 13:-0.12
b:told_well 5:-0.2
b:told_when 2:-0.11 5:0.16
b:told_yes 6:-0.11
b:too_cold 5:0.11 12:0.18
b:too_dear 4:0.28 5:-0.22 11:-0.13
b:too_expensive 1:-0.13 5:-0.11
b:too_high 5:-0.1
b:too_long 1:0.28 2:-0.11 4:-0.11
b:too_much 0:-0.1 5:-0.14
b:took_14 3:0.12
b:took_2 4:-0.14 5:-0.21
b:took_25 1:-0.11
b:took_3 0:0.15 5:-0.18 6:-0.1 7:0.34
b:took_4 0:0.49 4:-0.22 5:-0.17 7:-0.1
b:took_a 0:0.42 2:0.15 4:-0.49 5:-0.24 6:-0.15
b:took_about 0:0.18 4:0.13 7:0.1
b:took_ages 0:-0.17 2:0.23 5:0.27
b:took_all 3:0.11 7:-0.14
b:took_an 2:0.2
b:took_eleven 0:0.29 6:-0.12
b:took_five 0:0.19
b:took_forty 4:0.33 5:-0.1
b:took_four 0:0.23 4:-0.43 5:0.14
b:took_her 0:-0.41 2:0.14 6:-0.21
b:took_his 0:-0.26 1:0.17
b:took_it 0:-0.15 5:0.22 6:-0.23
b:took_longer 0:0.1
b:took_me 0:-0.24 1:0.15
b:took_my 4:-0.29 5:0.15 9:0.15
b:took_nearly 5:0.14
b:took_nine 0:0.14 5:-0.13
b:took_one 0:-0.18
b:took_six 6:-0.13
b:took_ten 5:-0.17
b:took_the 1:-0.29 4:0.35 6:0.21 8:0.14
b:took_them 0:0.11
b:took_three 0:-0.42 1:0.16 4:0.27 5:0.12 6:0.28 7:-0.14
b:took_two 1:0.3 5:0.23 12:-0.12
b:top_bloke 0:-0.11 5:0.3
b:top_marks 4:-0.18 6:-0.13
b:top_notch 2:0.1
b:top_of 1:-0.57 2:0.25 4:0.11 5:-0.29 6:0.48 11:-0.14
b:top_to 6:-0.15
b:touch_leaving 1:-0.18
b:touching_the 1:-0.13
b:town_and 5:0.32
b:town_but 11:-0.18
b:tracking_is 0:-0.11 5:-0.11
b:tracking_link 0:-0.29 1:-0.12 5:0.12 6:0.16
b:tracking_page 0:-0.22 5:-0.11
b:tracking_said 0:0.21 5:-0.19 6:0.36
b:tracking_updates 1:-0.11 3:-0.13
b:trade_counter 2:0.26
b:train_was 6:0.19
b:trained_on 5:0.13
b:training_day 2:-0.16
b:training_on 0:-0.18 1:-0.1 5:-0.2
b:travel_agent 2:0.13 6:0.2
b:travellers_in 0:0.19 3:0.12 5:0.18 6:-0.12
b:treadmills_have 5:0.22
b:treat_the 2:0.29
b:treat_to 5:0.28
b:treat_you 1:0.21 5:-0.13 8:-0.12
b:triage_nurse 5:-0.18
b:tried_the 5:0.24
b:tried_to 1:-0.34 2:0.2 6:-0.1
b:trim_and 0:-0.11 5:0.18
b:trolley_in 0:0.13
b:trop_cher 5:-0.13
b:trouble_for 1:0.12
b:try_to 1:0.38 5:0.18 8:0.17
b:trying_to 1:0.1 5:0.1 8:-0.13
b:très_compétent 2:0.12 4:-0.1 8:-0.12 9:0.11
b:très_propre 4:0.21 11:0.12
b:tuesday_afternoon 7:0.21
b:tuesday_and 0:0.16
b:tuesday_lunchtime 0:0.16 5:-0.16 7:0.14
b:turn_the 2:0.13 6:-0.1
b:turn_up 0:-0.44 2:-0.11 5:0.11 6:0.34 13:-0.1
b:turnaround_on 0:0.16
b:turned_out 0:-0.23 1:-0.16 2:0.32 6:-0.13
b:turned_up 0:0.91 1:0.12 2:-0.43 4:0.16 5:0.14 12:0.22
b:turns_up 0:0.52 1:-0.14 2:-0.29 3:-0.11 7:0.12 11:0.12
b:tv_was 0:-0.21 4:-0.11 5:-0.23
b:twelve_years 2:-0.13
b:twenty_minute 0:0.32
b:twenty_minutes 0:0.44 1:0.14 2:0.31 5:0.17 12:0.17
b:twenty_to 1:-0.18 5:0.11
b:twenty_years 3:-0.25
b:twice_a 0:-0.2
b:twice_about 1:-0.25 6:0.1
b:twice_and 5:0.15
b:twice_as 5:0.35
b:twice_before 1:-0.14 3:0.3
b:twice_for 0:-0.14 2:-0.41 4:-0.18
b:twice_in 4:0.37
b:twice_on 0:0.19 5:-0.1
b:twice_the 2:0.23
b:twice_this 1:0.21
b:twice_to 1:0.16 2:-0.16 6:0.14 12:-0.16
b:twice_without 1:0.25 6:0.17
b:two_boxes 5:0.1
b:two_courses 11:0.13
b:two_day 6:0.4
b:two_days 0:-0.4 2:-0.18 3:-0.12 4:-0.56 5:0.63 6:-0.1 7:0.16 12:-0.17
b:two_different 2:0.2
b:two_emails 4:-0.17 6:0.16
b:two_fillings 0:-0.23 2:0.41 9:-0.13
b:two_for 5:0.3 12:0.16
b:two_had 0:0.15
b:two_hour 0:0.23 5:-0.28 6:0.19
b:two_hours 0:0.13 4:-0.34 5:0.45 6:0.71 7:-0.16 13:-0.13
b:two_minutes 0:-0.36 2:0.38 3:0.11 5:-0.3 6:-0.17 9:0.1
b:two_months 4:-0.1 5:0.2 6:-0.21 12:-0.22
b:two_of 0:0.17 2:-0.12 11:0.13
b:two_other 0:-0.29 5:-0.31 9:0.11
b:two_participants 0:0.14 1:0.21 2:-0.1 5:-0.25 13:0.17
b:two_people 1:0.15 4:0.12 5:-0.12 8:-0.1
b:two_prescriptions 6:-0.14
b:two_quotes 5:0.18
b:two_said 0:0.1
b:two_sessions 5:0.33
b:two_shops 0:0.2
b:two_staff 0:0.1 1:0.12
b:two_stars 5:0.2 12:0.13
b:two_to 0:0.11 1:0.15 7:0.1
b:two_voicemails 0:-0.22
b:two_week 0:0.13 5:-0.11
b:two_weeks 0:0.17 6:0.18 9:-0.18
b:two_years 0:-0.32 4:0.2 5:-0.21 9:-0.1
b:tyre_place 1:0.19 2:0.12 4:-0.14 7:0.11 9:0.17
b:tyres_done 5:-0.23
b:tyres_were 1:-0.22 6:-0.11
b:u_get 12:-0.12
b:unable_to 0:0.16 2:0.13 5:0.17
b:under_a 0:0.26 6:-0.2
b:under_five 0:-0.1 5:-0.1
b:under_six 0:-0.12 1:0.4
b:under_the 0:-0.13 1:-0.21 2:0.13 4:0.18 5:0.33
b:under_three 0:-0.22
b:under_two 4:-0.37
b:under_what 3:0.13
b:under_£ 5:-0.11 11:0.13
b:understand_my 2:0.17 5:-0.11
b:understand_the 5:-0.19 6:0.18
b:understand_what 4:-0.17 6:0.18
b:unfortunately_the 2:-0.11
b:unhappy_that 3:0.12 6:-0.14
b:uniform_costs 1:0.19
b:uniforms_are 5:-0.13
b:until_1 0:0.2 4:-0.21
b:until_a 1:-0.19 2:0.15 5:-0.13
b:until_he 1:0.14
b:until_i 6:0.19 12:-0.11
b:until_it 6:-0.15
b:until_my 0:0.36
b:until_the 0:-0.64 6:0.39
b:until_they 6:0.17
b:until_we 5:0.22
b:up_20 4:0.2 5:-0.15
b:up_30 4:-0.23
b:up_40 4:0.17
b:up_9 5:-0.11
b:up_a 0:-0.26 9:-0.12
b:up_after 0:0.2 1:-0.21 3:0.25 5:0.39 7:0.12 12:0.29
b:up_again 1:-0.14 4:0.61 5:-0.11 11:-0.26
b:up_all 10:0.12
b:up_an 2:0.23
b:up_and 0:-0.35 5:-0.36 6:0.3 11:-0.12
b:up_at 0:0.22 1:0.15 2:-0.43 4:-0.14 5:0.31 6:0.27 13:-0.11
b:up_because 5:0.1
b:up_better 3:0.28
b:up_buying 1:-0.15
b:up_early 5:-0.13 6:-0.17
b:up_either 5:0.26
b:up_every 3:0.39 5:0.15 6:-0.2 10:0.24 12:0.14
b:up_fee 0:-0.12 3:-0.12 5:-0.13
b:up_for 1:0.22 4:0.29
b:up_from 0:-0.18 5:-0.33 6:-0.11
b:up_front 5:0.12
b:up_giving 6:-0.21
b:up_in 3:0.11 5:-0.16 7:0.11 10:0.12
b:up_more 4:-0.19
b:up_my 0:0.28 2:0.18 5:-0.14 6:0.22 11:0.12
b:up_myself 2:0.24 3:0.22 5:-0.11
b:up_on 0:0.33 1:-0.12 3:-0.24 5:0.24 12:0.22 13:0.1
b:up_our 5:0.15
b:up_queuing 0:0.16 5:0.27
b:up_six 0:-0.15
b:up_the 0:-0.13 1:0.16 2:-0.15 4:-0.26 5:0.18 6:-0.29 10:0.18 12:0.23
b:up_three 1:0.11 3:0.16
b:up_to 0:0.16 1:-0.1 2:-0.2 4:-0.44 5:-0.21 6:0.37 12:-0.11
b:up_twice 1:0.17 4:0.13 6:0.13
b:up_waiting 0:0.17
b:up_when 0:0.67 7:0.13 11:0.16
b:up_with 2:0.12 5:0.2 6:-0.3
b:up_within 1:0.11 2:0.28 5:-0.38
b:up_£ 4:0.16 6:0.31
b:update_and 6:-0.13
b:update_on 0:-0.23 4:-0.12 6:0.14
b:updated_at 12:0.14
b:updated_every 6:0.23 13:0.11
b:updated_since 0:-0.22
b:updated_them 6:0.13 13:-0.1
b:upfront_about 13:0.11
b:upgrade_and 5:0.24
b:upsell_me 1:0.37
b:urgent_passport 6:-0.12
b:us_a 0:-0.16 1:0.32 4:0.17 8:0.12 12:-0.11
b:us_about 0:-0.1 5:0.24
b:us_all 1:0.15 6:-0.12
b:us_an 0:0.16 2:0.11
b:us_and 1:0.14
b:us_anything 6:-0.1
b:us_are 0:-0.24
b:us_asking 1:-0.31 5:0.29
b:us_at 5:0.24
b:us_covering 0:0.27
b:us_doing 1:-0.16
b:us_either 2:0.22
b:us_even 1:0.39 5:0.11
b:us_every 0:-0.14
b:us_feel 0:-0.15 5:-0.2
b:us_for 0:-0.14 1:0.33 2:-0.13 4:0.19
b:us_from 4:0.1
b:us_furious 0:-0.14
b:us_honestly 9:0.1
b:us_in 0:0.46 1:0.26 2:-0.11 5:-0.14 7:-0.13
b:us_informed 1:0.11 6:0.14
b:us_message 0:0.18 6:-0.15
b:us_nothing 0:0.15 5:0.31
b:us_on 1:-0.15 3:-0.28 6:-0.2
b:us_our 5:-0.25
b:us_out 0:0.11
b:us_round 0:-0.4 1:0.23 4:-0.1
b:us_still 5:0.14
b:us_the 0:-0.11 2:-0.24 3:0.16 4:-0.21 5:0.23 6:0.77 12:-0.16
b:us_they 0:-0.17 5:-0.13
b:us_through 1:-0.23 2:0.14
b:us_to 5:0.19 11:0.14 13:-0.11
b:us_updated 6:0.35 13:0.21
b:us_was 6:-0.1
b:us_were 0:-0.12 1:0.4 6:-0.29
b:us_what 2:0.14
b:us_whats 2:0.12 6:-0.23
b:us_when 1:-0.26 2:0.11 5:-0.15 6:0.1
b:us_which 6:-0.16
b:us_why 0:0.47 5:-0.17
b:us_£ 1:-0.11 3:-0.18 6:-0.1
b:use_again 2:0.29
b:use_and 5:0.11
b:use_for 0:-0.13 2:0.24 5:0.32 6:-0.15
b:use_it 2:0.15 5:-0.22
b:use_the 1:-0.11 2:0.17 5:-0.46 6:-0.14
b:use_them 13:0.1
b:used_it 2:-0.14
b:used_the 2:0.14 3:-0.1 6:-0.21
b:used_to 2:0.28 3:0.1 4:0.32 7:0.13
b:using_it 2:0.42 5:-0.3
b:usual_place 6:0.11
b:v_helpful 4:0.1 5:-0.19
b:valid_on 2:0.12
b:value_at 6:0.22
b:value_compared 11:0.18
b:value_in 11:0.12
b:value_lunch 5:-0.1 11:0.13
b:valued_the 2:0.1 5:0.24 9:0.12
b:van_on 0:-0.19
b:van_was 5:0.17
b:veg_is 2:0.25 6:-0.13
b:vending_machine 1:0.34 5:-0.17
b:version_was 2:0.13
b:very_apologetic 0:0.22 3:0.28
b:very_clean 0:-0.12 3:0.13 5:0.28
b:very_good 4:0.15
b:very_hard 6:-0.22
b:very_helpful 0:-0.14 13:-0.1
b:very_impressed 0:-0.11
b:very_kind 0:-0.19 1:0.16 5:-0.25 6:-0.33
b:very_kindly 3:0.15
b:very_knowledgable 1:-0.31 5:0.34
b:very_knowledgeable 2:0.15 5:-0.16 6:0.36
b:very_loyal 5:0.11
b:very_much 2:0.14
b:very_patient 0:-0.35 1:0.15 2:-0.19 5:0.17 6:0.31 13:0.12
b:very_pleasant 1:-0.23
b:very_polite 1:0.16 3:0.21 4:-0.19 5:0.11
b:very_professional 1:-0.34 11:-0.13
b:very_reasonable 4:0.13 5:-0.3 11:0.2
b:vet_didnt 1:-0.27
b:vet_explained 1:-0.1
b:vet_nurse 0:-0.27 1:0.23 2:0.19 5:-0.1 6:0.18
b:vet_nurses 1:0.1
b:vet_was 1:0.23 5:-0.1
b:vets_was 1:-0.16 2:-0.11
b:view_and 3:-0.16
b:view_of 0:0.12 3:-0.2
b:view_room 0:0.13
b:views_of 1:-0.15
b:views_on 5:-0.11 6:-0.13
b:visit_the 5:0.26
b:visit_within 5:-0.13
b:visitors_keep 3:0.17 5:0.15
b:vivaldi_on 0:0.13
b:volunteers_were 1:0.17 13:0.11
b:w_the 5:0.17 6:0.16
b:wait_a 5:-0.13
b:wait_at 1:-0.13 6:-0.15 7:0.14
b:wait_for 0:0.16 5:-0.17 6:-0.11
b:wait_in 0:-0.24 5:-0.11 6:0.11
b:wait_longer 0:-0.2 6:-0.18
b:wait_till 0:0.11 1:-0.18 5:0.43 7:0.1
b:wait_was 0:0.34 1:0.19 7:-0.11
b:waited_20 1:0.37 7:0.2 8:-0.1
b:waited_3 0:-0.15 2:0.33 5:-0.1
b:waited_a 1:0.15 6:0.22 13:0.15
b:waited_ages 0:0.29 6:0.11
b:waited_and 0:0.16
b:waited_eleven 4:-0.12
b:waited_for 0:-0.27 1:0.15 5:0.23
b:waited_in 0:0.28
b:waited_outside 0:-0.1
b:waited_over 0:-0.27 4:0.12
b:waiter_kept 0:0.28 1:0.34 8:-0.12
b:waiter_knew 5:0.16 11:0.14
b:waiter_was 1:0.24
b:waiting_area 1:-0.1 3:0.39 5:0.27 6:0.2
b:waiting_for 0:0.21 3:-0.15 6:0.4 7:-0.1 8:-0.12 13:-0.13
b:waiting_half 1:-0.1
b:waiting_list 0:0.25 1:-0.16 7:-0.11
b:waiting_on 0:-0.31
b:waiting_room 0:-0.22 1:-0.19 3:0.18 5:-0.43 6:-0.17
b:waiting_rooms 1:0.13
b:waiting_time 0:0.2 1:0.11
b:waiting_times 6:-0.1
b:waiting_to 5:0.12
b:waits_of 5:0.27
b:walk_in 0:0.18 2:0.25 5:-0.1 9:-0.11
b:walk_ins 0:-0.14
b:walk_out 0:0.29 11:-0.14
b:walked_in 0:0.36 1:0.14 5:-0.1
b:walked_me 1:0.17
b:walked_round 0:-0.5 2:0.1 6:-0.34
b:walked_us 1:-0.25 2:0.11 4:-0.1
b:walking_past 0:0.34 1:0.29
b:walking_the 0:0.11
b:walls_are 5:0.17
b:want_the 4:0.12
b:want_to 0:0.27
b:want_us 0:0.12 3:-0.13
b:wanted_a 0:-0.17 6:0.11
b:wanted_and 5:0.2
b:wanted_to 0:-0.1 6:-0.12
b:wanted_£ 0:0.3 2:-0.16 4:0.13 5:-0.35 6:-0.18 11:0.21
b:war_super 1:-0.19 5:0.22 12:0.11
b:ward_and 0:0.2
b:ward_rounds 6:0.14
b:ward_was 3:0.13
b:warm_and 4:0.11 12:-0.13
b:warm_home 1:-0.16 6:0.16
b:warm_too 5:0.28
b:warm_welcome 5:-0.19
b:warned_about 2:0.15 4:0.11 5:-0.17 11:0.11
b:warned_us 6:-0.21
b:warning_light 5:-0.13
b:warranty_and 5:-0.11
b:warranty_on 3:-0.13
b:was_1 4:-0.17
b:was_a 0:-0.36 1:0.6 2:0.22 3:0.34 4:0.4 8:-0.18 11:0.13 12:0.13 13:-0.15
b:was_abit 0:-0.14 8:-0.12
b:was_about 1:-0.14 2:-0.14 5:-0.18 6:-0.15
b:was_accepted 0:0.12
b:was_actually 2:-0.13 6:0.26
b:was_all 5:-0.11
b:was_already 2:-0.35
b:was_alright 12:-0.15
b:was_always 0:0.11
b:was_amazin 3:0.6 10:-0.11
b:was_amazing 5:0.4 12:0.13
b:was_an 0:0.33 1:0.27 11:0.11
b:was_and 1:-0.19 6:-0.12
b:was_any 1:0.32 5:-0.21 6:-0.19
b:was_anything 0:0.58 1:-0.35 5:-0.12 8:0.2
b:was_apologetic 6:-0.24
b:was_as 5:0.11
b:was_back 0:0.19 5:0.29
b:was_barely 2:-0.11 12:-0.16
b:was_basically 6:-0.12
b:was_beautiful 5:0.33 12:0.12
b:was_better 5:0.31 11:0.15
b:was_booked 5:-0.11
b:was_brave 5:0.25
b:was_brilliant 0:0.22 1:0.3 2:-0.18 5:-0.17 6:0.16 13:0.12
b:was_broad 0:0.14 4:0.12 5:-0.11
b:was_broken 5:0.19
b:was_calm 1:-0.11 5:-0.17
b:was_cancelled 0:-0.33 5:-0.17 6:0.33 13:-0.12
b:was_charged 5:-0.1
b:was_cheap 0:-0.12
b:was_clean 0:0.22 3:0.17 5:0.2 10:0.14
b:was_cleaner 5:-0.13
b:was_clear 3:-0.13 4:-0.17 6:0.53 13:0.14
b:was_clearly 1:-0.14 6:0.1
b:was_closed 5:-0.1
b:was_cold 1:0.1
b:was_coming 2:-0.1
b:was_cooked 5:0.12
b:was_courteous 5:0.13
b:was_covered 2:0.1 6:0.11
b:was_criticised 1:0.1 2:0.15
b:was_curt 1:0.18 6:-0.17 8:-0.13
b:was_cut 3:0.15 5:-0.12
b:was_dead 5:-0.18
b:was_decent 1:0.12 5:-0.2 6:-0.1
b:was_delayed 1:-0.12 6:0.11
b:was_delivered 0:-0.15 1:0.22 6:-0.16
b:was_described 3:0.3 4:0.21 10:0.14
b:was_different 0:0.2
b:was_discharged 2:0.2
b:was_dismissive 0:0.23
b:was_doing 0:0.22 1:0.38 5:0.28
b:was_done 0:0.12 1:-0.21 3:0.16 5:0.13
b:was_double 0:0.31 6:0.12
b:was_down 1:-0.17 4:0.33 5:0.23 11:0.17
b:was_dreading 5:-0.14
b:was_dry 3:-0.11 5:0.61 12:-0.16
b:was_due 0:-0.37 4:-0.33 5:-0.2 6:0.37
b:was_easy 5:0.2
b:was_eleven 4:0.13 5:-0.27
b:was_empty 5:-0.13
b:was_entitled 4:0.36 6:-0.19
b:was_ever 1:0.16
b:was_everything 5:0.33
b:was_exactly 0:-0.26 1:-0.14 4:0.41 11:0.13
b:was_excellent 2:0.15 5:0.16 6:0.14
b:was_expecting 1:0.23 5:0.25 12:0.18
b:was_far 2:-0.12
b:was_fast 0:0.16 5:0.17
b:was_felt 0:0.15 5:-0.12 6:0.16
b:was_filled 5:-0.11
b:was_filthy 1:-0.14 3:0.37 5:-0.34 10:-0.11
b:was_finally 0:0.16 6:-0.1
b:was_fine 1:-0.65 2:-0.25 3:-0.13 4:-0.31 5:-0.58 6:-0.28
b:was_fixed 5:-0.11
b:was_flat 0:-0.13 5:-0.13 12:-0.31
b:was_for 0:-0.48
b:was_free 4:-0.14 5:0.11 12:-0.17
b:was_freehold 2:0.15
b:was_freezing 3:0.25 12:-0.16
b:was_full 0:-0.41 1:0.1 2:-0.24 5:0.23
b:was_gentle 5:-0.21
b:was_genuinely 5:0.15
b:was_getting 1:-0.13 6:0.34
b:was_given 2:0.31
b:was_good 4:0.1 5:0.23
b:was_gorgeous 5:0.13
b:was_gr 4:0.1 5:-0.25 11:0.11
b:was_great 1:0.57 5:0.32 6:-0.19
b:was_grey 3:-0.14 5:0.12
b:was_grim 5:-0.17
b:was_grubby 5:-0.13
b:was_half 5:0.13
b:was_handled 2:0.17 12:0.14
b:was_happening 2:-0.1 6:0.14
b:was_hard 4:0.1
b:was_here 1:-0.16 4:0.32 7:0.11
b:was_higher 4:-0.16
b:was_holding 5:0.2
b:was_i 0:0.16 2:-0.11
b:was_ignorant 0:-0.27 1:0.11 5:-0.18
b:was_immaculate 3:0.21 4:-0.11 10:0.11
b:was_impossible 1:-0.15 3:0.32 5:0.26 12:0.11
b:was_in 0:-0.17 1:-0.17 3:-0.19 4:-0.24 5:0.38 12:-0.14 13:0.13
b:was_just 1:-0.21 2:0.25
b:was_kept 2:0.12
b:was_kind 0:0.18 5:0.15 8:0.12
b:was_last 0:-0.33 6:0.14
b:was_late 5:0.14
b:was_lively 0:0.13 5:-0.11
b:was_lovely 1:0.53 2:-0.19 3:0.34 4:0.1 5:-0.21 6:0.23 8:0.19
b:was_luke 0:0.14
b:was_lush 1:0.21
b:was_minging 3:-0.11
b:was_mint 1:0.33
b:was_missing 1:-0.44 6:-0.12
b:was_modern 5:0.11
b:was_mortified 0:-0.11 5:-0.1
b:was_muy 1:0.3
b:was_my 1:0.34
b:was_nearly 6:-0.13
b:was_new 1:-0.12 5:0.21
b:was_nice 0:0.31 1:0.32 4:-0.38 5:-0.29 8:0.11
b:was_no 5:0.12
b:was_not 0:0.27 2:0.3 4:-0.11 5:0.22
b:was_nothing 5:0.28 6:-0.12
b:was_off 5:0.33
b:was_ok 0:0.18 3:-0.21 6:0.13
b:was_on 0:0.33 1:0.46 2:-0.32 4:-0.19 6:-0.21 13:-0.22
b:was_one 2:-0.11
b:was_only 5:-0.17
b:was_out 0:-0.16 4:0.16 9:0.1
b:was_over 0:-0.48
b:was_overkill 2:0.17 4:0.13
b:was_packed 0:0.18 5:-0.21
b:was_particularly 1:-0.26
b:was_passed 0:0.16 2:-0.15 6:0.13
b:was_patient 0:0.3 1:0.2 6:-0.23
b:was_paying 4:0.11
b:was_perfect 0:-0.12 5:0.28
b:was_perfectly 1:0.2
b:was_pink 5:0.4
b:was_pleasant 2:0.12
b:was_polite 0:0.21 2:-0.11 5:-0.16 6:0.15
b:was_praised 2:0.1 3:0.23 6:-0.11
b:was_probably 5:0.15
b:was_promised 2:-0.12 4:-0.22 5:-0.36 6:0.22 7:-0.15
b:was_proper 5:0.36
b:was_put 0:0.33
b:was_quick 1:0.35 2:-0.14 3:-0.14
b:was_quoted 4:-0.17 5:0.13
b:was_rated 2:0.1 5:0.11 6:0.19
b:was_ready 6:0.37
b:was_really 5:0.24 6:-0.14 12:0.13
b:was_reasonable 4:0.14
b:was_reasonably 4:0.13 5:0.31
b:was_rejected 2:0.26
b:was_replaced 5:0.19
b:was_ridiculous 1:0.39
b:was_right 1:-0.21 6:-0.37
b:was_rong 2:0.2 5:-0.22
b:was_rough 5:0.24 12:-0.1
b:was_rude 0:-0.21 1:-0.35 2:-0.11 3:-0.15 4:-0.11 5:-0.27 6:-0.14
b:was_running 0:0.14 1:-0.26 5:0.12 6:0.33
b:was_rushed 0:-0.2 5:-0.35 6:0.41 13:-0.11
b:was_said 4:0.15
b:was_sat 0:-0.25 1:-0.12 5:0.43 6:0.16
b:was_seen 0:0.17 1:0.1 2:0.12 5:-0.12 6:-0.1
b:was_shingles 5:-0.11
b:was_short 0:0.18 1:-0.11 5:-0.15
b:was_shorter 1:0.22 5:0.12
b:was_so 1:0.2 2:-0.29 4:-0.1 6:-0.21 13:0.15
b:was_some 8:-0.14
b:was_sound 0:-0.1 1:0.45 2:-0.16 3:-0.1 4:-0.22 5:-0.19 6:0.37
b:was_split 5:-0.18
b:was_spoken 1:0.32 2:-0.13
b:was_spot 0:-0.21 6:0.17 9:0.14
b:was_spotless 0:-0.33 2:-0.15 3:0.28
b:was_stale 5:0.15
b:was_steep 0:0.12 5:0.28 6:-0.17
b:was_still 0:0.28 1:-0.29 7:-0.16 13:-0.13
b:was_stress 1:-0.13 2:0.22 9:0.13
b:was_stunning 5:0.35 6:-0.27 12:0.11
b:was_super 5:0.18
b:was_supposedly 1:0.29
b:was_talking 6:-0.13
b:was_tasty 5:0.17
b:was_ten 0:0.18 1:-0.13
b:was_that 1:0.27 4:-0.17
b:was_the 2:-0.29 3:0.26 4:0.38 6:0.54 9:-0.12 10:0.12 12:0.27
b:was_thorough 1:-0.47 2:-0.12 5:0.23
b:was_tired 0:0.1
b:was_to 6:0.23
b:was_told 0:0.3 1:-0.15 2:0.35 3:-0.17 4:0.13 5:-0.21 7:-0.12 9:-0.11
b:was_two 0:0.13
b:was_underwhelming 5:-0.23
b:was_unfair 4:-0.19 5:-0.11
b:was_unreal 0:-0.21 3:-0.13
b:was_up 6:0.16 11:-0.11
b:was_very 1:0.16 2:0.73 6:-0.34 9:0.37 11:-0.15
b:was_waiting 0:0.24
b:was_wasting 6:0.14
b:was_well 1:0.16 5:-0.19
b:was_worried 0:-0.16
b:was_worth 0:-0.24 4:0.18 11:0.11 12:0.26
b:was_wrong 2:0.16 4:-0.14 5:-0.14 8:-0.13 9:0.18
b:was_£ 0:-0.17 1:-0.23 3:0.3 4:0.65 5:-0.79 6:-0.1 7:0.11 12:-0.15
b:washing_machine 1:0.15
b:wasnt_cheap 4:0.13 5:0.18 12:0.13
b:wasnt_even 1:0.16
b:wasnt_exactly 0:0.19 2:-0.11 6:0.35
b:wasnt_kept 0:0.12 2:-0.11
b:wasnt_mentioned 6:0.18
b:wasnt_one 0:-0.21 6:0.22
b:wasnt_ready 5:-0.17 6:-0.15
b:wasnt_registered 2:0.31 5:-0.11
b:wasnt_rude 1:-0.17 5:-0.12
b:wasnt_the 0:0.51 1:-0.23 5:-0.17
b:wasnt_unkind 1:0.47 5:-0.12
b:wasnt_worth 4:-0.17 5:-0.14
b:wasnt_wrong 1:0.2
b:waste_collection 4:-0.47 5:0.16
b:waste_of 4:0.17 5:0.24 11:-0.11
b:wasting_her 6:0.1
b:watch_in 5:-0.19
b:water_and 5:-0.12
b:water_bill 5:0.25
b:water_board 5:-0.16 6:0.18
b:water_coming 0:0.15 5:0.38 7:-0.1
b:water_company 0:0.48
b:water_companys 0:-0.13 6:0.17
b:water_cooler 1:-0.22 2:-0.18 3:-0.11 5:-0.11
b:water_is 3:0.41 5:-0.15
b:water_pipe 1:-0.1 3:-0.1 5:0.54 6:0.12 12:-0.18
b:water_was 5:0.6
b:way_and 4:0.21
b:way_for 0:0.43 1:0.32 4:-0.12 6:-0.22 13:-0.15
b:way_the 1:0.26
b:way_to 0:-0.14 5:0.22 6:0.29
b:we_are 0:0.16
b:we_arrived 1:-0.25 5:-0.18
b:we_ask 4:0.28
b:we_asked 0:0.11 1:0.16 4:0.12
b:we_brought 3:0.18 5:-0.21 10:0.17
b:we_came 4:-0.13
b:we_can 0:0.27 2:-0.16 3:-0.22 5:-0.17 6:0.25
b:we_cant 2:-0.14 4:-0.15 5:0.18 6:0.3
b:we_changed 5:0.22
b:we_charge 4:0.32
b:we_could 5:-0.15
b:we_do 11:-0.15
b:we_dont 2:-0.16 4:0.1 5:-0.15 6:0.37 11:-0.16
b:we_end 2:0.2 5:-0.17 6:-0.27
b:we_finally 0:0.3 5:-0.12 6:-0.12 9:0.19
b:we_find 4:0.17
b:we_first 4:0.18
b:we_found 5:-0.21 6:0.16
b:we_get 0:-0.2 1:0.11 4:-0.23 6:0.22
b:we_got 0:0.25 1:-0.16 2:-0.21 6:0.3 7:0.21
b:we_had 6:-0.2 7:-0.11
b:we_have 2:0.11 4:0.17 5:0.21 6:-0.11
b:we_heard 4:-0.16 5:0.15
b:we_hired 1:0.16 3:0.11 4:0.11 5:0.11
b:we_look 2:-0.17 6:0.31
b:we_lost 5:-0.13
b:we_missed 0:-0.33 2:0.36 5:0.22
b:we_need 1:-0.21 3:-0.25 5:0.12
b:we_needed 5:0.24 6:-0.11
b:we_never 2:0.11 5:-0.18
b:we_now 6:0.13
b:we_often 2:0.12 5:0.16
b:we_only 1:-0.18 6:0.14
b:we_paid 3:-0.26 4:0.19 5:0.67 12:-0.16
b:we_phone 0:0.11 6:0.29
b:we_please 0:-0.26 5:-0.16
b:we_price 6:-0.12
b:we_put 5:0.16
b:we_queued 5:0.14
b:we_say 5:0.16 11:0.13
b:we_spoke 0:0.2
b:we_started 0:-0.2 3:0.47 4:-0.12 6:0.26 10:0.12 13:0.16
b:we_still 4:0.21 6:0.11
b:we_take 6:0.2
b:we_tell 6:0.2
b:we_took 6:0.11
b:we_visited 0:-0.13 5:0.17
b:we_wait 0:-0.14
b:we_waited 1:0.21 5:0.14 6:0.12
b:we_walked 0:-0.22 6:-0.25
b:we_wanted 5:0.2
b:we_went 0:0.21 5:-0.16 6:-0.37
b:we_were 0:0.11 2:0.27 4:-0.19 5:0.15
b:we_werent 0:-0.18 6:0.3
b:we_will 0:0.29 5:-0.12
b:we_wont 0:0.13
b:web_hosting 0:0.11 1:-0.1
b:website_doesnt 6:0.12
b:website_said 1:0.11 6:0.13
b:website_says 2:0.27 4:0.2
b:website_was 6:-0.13
b:wed_been 6:0.11
b:wed_booked 5:0.1
b:wed_had 1:-0.14 3:-0.18
b:wed_left 4:0.14 5:-0.1
b:wedding_coordinator 5:0.18
b:wedding_dress 2:0.22 5:0.16
b:wedding_invites 2:-0.1 5:0.17 6:0.4 13:0.13
b:wedding_package 5:0.12
b:wedding_reception 0:-0.11 1:0.15
b:wedding_venue 5:-0.15 6:0.18
b:wedding_venues 1:-0.13 3:0.22 5:-0.12 6:-0.11
b:week_after 0:0.32 2:-0.17 6:-0.17
b:week_alone 5:0.16
b:week_and 5:-0.32 6:-0.28
b:week_before 0:-0.35 2:0.13
b:week_for 4:-0.11
b:week_have 1:-0.23
b:week_job 0:0.31 1:-0.19 5:-0.11
b:week_late 2:-0.17 5:-0.22 6:0.14
b:week_later 1:0.1 2:0.3 5:0.14 6:0.1 12:0.16
b:week_of 0:0.19
b:week_the 5:0.1
b:week_was 6:-0.1
b:weekend_and 5:0.26
b:weekend_while 1:0.21
b:weekly_shop 4:-0.17
b:weeks_after 0:-0.15
b:weeks_ago 0:0.24
b:weeks_and 0:0.18 2:-0.21 6:0.15 7:-0.12
b:weeks_before 0:-0.16 1:0.11 2:-0.16
b:weeks_for 2:0.49 5:-0.32 7:-0.12
b:weeks_in 2:0.1
b:weeks_later 0:0.12 2:-0.2 6:-0.2
b:weeks_on 2:0.21 5:-0.16
b:weeks_out 0:-0.16
b:weeks_running 0:-0.32 3:-0.26 5:0.41 12:-0.24
b:weeks_to 0:0.12 4:-0.12 5:-0.35 6:-0.17
b:weeks_when 0:0.12
b:weeks_with 4:-0.13
b:welcome_ive 1:0.16
b:well_be 1:-0.44
b:well_call 6:0.17
b:well_clued 2:0.11
b:well_done 0:0.12
b:well_have 5:-0.12 6:0.14
b:well_informed 1:-0.17
b:well_inside 0:0.13 5:-0.17
b:well_lit 5:-0.28
b:well_organised 2:-0.16
b:well_packed 5:0.67 12:0.1
b:well_spent 4:0.22 7:-0.11
b:well_with 11:0.1
b:went_at 0:-0.11 4:0.13 5:0.21
b:went_back 5:0.31 6:-0.2
b:went_cold 0:0.48
b:went_for 3:-0.16 5:-0.15
b:went_from 1:0.11 2:0.2 6:-0.17
b:went_in 1:-0.4 3:0.16 5:0.31 12:-0.21
b:went_into 2:0.14 6:-0.13
b:went_live 1:-0.11 6:0.15
b:went_off 4:-0.23 6:0.11
b:went_out 2:-0.22 4:-0.12 6:-0.15 8:0.13
b:went_over 5:-0.19
b:went_perfectly 0:0.11 1:-0.13 5:-0.1
b:went_round 6:0.14 10:0.16
b:went_through 5:-0.43 6:0.31 13:0.18
b:went_to 0:0.26 2:0.17 5:0.11 6:-0.69 13:-0.17
b:went_up 0:-0.1 4:-0.25 5:0.22 6:0.19 11:-0.14
b:went_with 4:-0.13
b:went_wrong 5:-0.21
b:were_a 0:-0.13 1:-0.11 2:-0.1
b:were_actually 1:0.2
b:were_all 1:-0.45 3:-0.32 4:-0.11
b:were_always 5:0.25
b:were_amazing 6:0.12
b:were_angry 6:0.18
b:were_asked 0:0.12 2:-0.25 4:-0.15 5:0.16
b:were_back 1:-0.26 2:-0.18
b:were_being 2:-0.11 6:-0.11
b:were_better 0:0.17
b:were_brill 1:0.18 5:-0.16
b:were_brilliant 1:0.11
b:were_broadly 13:0.1
b:were_called 1:0.1
b:were_careful 5:0.24
b:were_clear 13:0.16
b:were_cold 0:-0.14 1:0.31 5:-0.14
b:were_confusing 6:0.19
b:were_consistent 1:-0.22 2:0.24
b:were_consistently 1:0.18 5:0.11 13:0.12
b:were_coping 6:-0.14
b:were_courteous 1:0.13
b:were_cut 0:0.33 3:0.15
b:were_dead 3:0.27
b:were_described 0:0.13 1:0.14 2:0.22 3:0.11 4:0.22 5:0.6
b:were_dirty 5:-0.31
b:were_disgusting 3:0.16 5:-0.11
b:were_doing 2:0.15 5:-0.11
b:were_explained 6:-0.36
b:were_eye 1:0.14
b:were_fair 5:-0.18 6:0.11
b:were_far 0:0.11 1:0.11 4:-0.18 5:0.12
b:were_fine 2:0.62 4:-0.17 5:-0.17 8:-0.14 9:-0.13
b:were_for 6:0.4
b:were_friendly 2:0.26
b:were_full 2:-0.11
b:were_generous 2:0.12
b:were_genuinely 1:-0.2 2:-0.15
b:were_getting 0:-0.36 2:-0.21
b:were_given 0:-0.13 2:0.21 5:-0.17
b:were_gorgeous 5:0.46
b:were_grim 5:0.11
b:were_half 1:-0.12 5:0.13 12:0.11
b:were_hard 5:0.23
b:were_honest 2:-0.17 13:0.13
b:were_illegal 1:-0.19
b:were_immaculate 1:-0.11 2:0.18 5:-0.13
b:were_in 0:0.19 5:0.15
b:were_largely 1:0.1
b:were_like 5:0.19
b:were_lovely 1:-0.17 5:0.12 12:-0.12
b:were_mixed 0:-0.15 1:-0.13 12:0.14
b:were_mostly 2:0.1
b:were_never 0:-0.12 5:0.14
b:were_not 0:0.22 1:0.19 5:-0.49 10:-0.12
b:were_on 0:0.39 5:-0.13
b:were_out 3:0.12 5:-0.11
b:were_patient 0:-0.15
b:were_paying 11:-0.12
b:were_polite 1:0.24 2:0.2 8:0.1 12:0.13
b:were_positive 5:0.2
b:were_praised 1:0.22 5:0.24
b:were_promised 0:0.24 6:0.12
b:were_quick 0:0.23 1:0.12 3:0.24
b:were_quoted 2:0.33 3:-0.11
b:were_rated 0:-0.17
b:were_ready 0:-0.15
b:were_really 6:0.21 7:-0.11
b:were_rubbery 5:0.11 8:0.12
b:were_run 0:0.1
b:were_said 0:-0.18 5:0.32
b:were_scathing 0:0.13 5:0.19
b:were_short 0:0.1 2:-0.14
b:were_so 1:0.12
b:were_split 1:0.27 2:-0.12 5:-0.11
b:were_spotless 4:-0.14 5:-0.11
b:were_sticky 2:0.12
b:were_still 0:0.21 3:-0.49 5:0.32 11:0.1
b:were_the 1:0.35 2:-0.18 4:0.58 5:-0.17 13:0.11
b:were_tidy 6:-0.13
b:were_told 0:-0.3 1:0.44 2:-0.36 4:0.36 5:-0.11 6:0.6 13:-0.13
b:were_too 1:0.2 5:-0.1
b:were_unhappy 3:0.11
b:were_very 1:0.11
b:were_worn 5:-0.18 6:0.11
b:were_worth 3:-0.16 5:-0.13
b:werent_exactly 1:-0.11
b:werent_unhelpful 0:0.14
b:wet_dog 5:-0.15
b:weve_been 3:-0.14 5:-0.17 6:-0.22
b:weve_got 0:0.14 2:0.23
b:weve_had 1:0.16 2:-0.11 3:0.19 4:0.24 5:0.19 6:-0.18
b:weve_lost 0:0.21 1:-0.14
b:weve_stopped 5:-0.11 7:-0.11 10:-0.14
b:what_a 4:0.22 5:0.25 6:-0.3 11:-0.26 12:-0.42
b:what_an 1:-0.37 2:0.18 9:-0.18
b:what_could 1:-0.17 5:-0.18 6:0.13
b:what_good 1:-0.12 4:-0.15
b:what_had 2:0.22 6:0.18
b:what_half 6:0.15
b:what_he 0:0.17 1:-0.19 4:0.24 5:0.15 6:-0.11 12:0.11
b:what_hed 5:0.2
b:what_i 0:-0.15 2:-0.13 4:0.26
b:what_id 0:0.15 6:0.1
b:what_is 5:-0.11 6:0.2
b:what_it 0:0.27 2:-0.15 3:-0.11 5:-0.49 11:-0.22
b:what_more 1:0.11 3:0.11
b:what_needs 5:0.17
b:what_she 0:0.12 1:0.47
b:what_shed 1:0.11 2:-0.11 4:0.16
b:what_the 0:-0.29 1:-0.21 2:0.12 4:-0.17 6:0.15 12:0.17
b:what_their 6:0.15
b:what_they 0:-0.17 1:-0.2 2:0.19 6:0.31 11:0.13
b:what_theyd 5:0.22
b:what_theyre 4:-0.5 5:-0.26 6:-0.14
b:what_theyve 2:-0.1 5:0.3
b:what_to 1:0.25 5:-0.15 6:0.17 13:0.14
b:what_u 12:-0.12
b:what_was 0:0.1 1:0.13 2:0.23 4:-0.29 5:-0.36 6:0.45 8:-0.11 9:0.15
b:what_we 4:0.31 5:0.31 6:-0.14
b:what_wed 6:0.12
b:what_would 13:0.18
b:what_you 2:-0.16 6:-0.11
b:what_youd 1:-0.32 5:-0.18 6:-0.13
b:whats_going 2:-0.23 6:0.42
b:whats_happening 0:0.1
b:when_a 0:-0.16
b:when_an 1:-0.16 2:0.26 10:0.1
b:when_asked 1:-0.2 2:-0.11
b:when_customers 2:0.48 6:0.25
b:when_dad 2:0.23
b:when_half 5:-0.12
b:when_he 0:0.4 2:-0.35 3:0.11 4:0.21 5:0.32 6:0.32 7:0.11 8:0.21
b:when_i 0:0.19 1:1.11 2:-0.32 3:-0.15 4:-0.12 5:0.73 6:-0.2 7:-0.12 8:-0.32 13:-0.1
b:when_im 0:-0.1
b:when_it 0:-0.12 1:-0.19 2:0.18 4:0.15 5:-0.16 11:0.1 12:-0.12
b:when_its 0:-0.32 5:-0.17 6:0.36
b:when_my 0:-0.2 1:0.35 5:0.21 6:-0.12
b:when_our 1:0.19 6:0.17
b:when_promised 0:0.14
b:when_ready 6:-0.34
b:when_she 0:0.33 6:-0.21 7:0.13
b:when_shes 5:-0.13
b:when_someone 5:0.44
b:when_the 1:-0.7 4:-0.21 5:-0.17 11:-0.14 13:0.19
b:when_their 0:-0.23 1:-0.27 2:-0.2 5:-0.22 6:0.27
b:when_they 5:-0.29 11:-0.14 13:-0.29
b:when_we 1:-0.12 2:-0.16 3:0.14 4:0.21 5:-0.19 6:0.26 10:-0.12 13:-0.14
b:when_youre 0:-0.11
b:whenever_i 1:0.2
b:where_anything 2:0.33 5:-0.1 9:-0.15
b:where_do 5:0.16
b:where_else 11:0.13
b:where_i 5:0.19 13:0.11
b:where_is 5:-0.11
b:where_it 2:-0.43 5:-0.24 6:0.5
b:where_its 0:0.35 5:0.17
b:where_my 0:0.12 2:-0.52 5:-0.1 6:0.24
b:where_the 0:-0.27 1:0.16 2:0.54 4:-0.13 6:-0.12
b:where_their 2:-0.14 6:0.51 13:0.11
b:where_to 5:0.2 6:-0.12
b:where_we 0:0.15 6:-0.12
b:wheres_my 6:0.21
b:whether_anyone 6:0.14
b:whether_his 2:-0.1
b:whether_i 2:0.24 6:-0.26 9:-0.1
b:whether_my 0:-0.13 1:-0.21 2:0.14
b:whether_the 1:-0.23 2:0.27 5:-0.39 6:-0.21 9:-0.14
b:whether_they 10:-0.12
b:whether_we 3:-0.16
b:which_after 5:-0.3
b:which_customs 1:0.24
b:which_cut 0:-0.18 2:0.24 5:0.17 6:-0.16
b:which_days 2:-0.17
b:which_dishes 2:0.25 5:-0.32
b:which_end 2:0.21 6:0.12
b:which_felt 5:0.13 13:0.1
b:which_for 1:-0.29
b:which_form 1:-0.13
b:which_got 6:-0.18
b:which_helped 0:0.14
b:which_i 2:-0.21 3:0.32 4:0.2 6:-0.17 13:0.15
b:which_id 1:-0.13 2:-0.11 3:0.37 6:0.27 11:0.15
b:which_is 0:-0.71 3:-0.18 4:-0.16 6:0.2 8:-0.15 9:-0.13 13:-0.13
b:which_isnt 0:0.14
b:which_made 0:0.22 2:-0.11
b:which_makes 2:0.11
b:which_matters 0:0.14
b:which_means 1:-0.12 5:0.18 12:0.12
b:which_never 0:0.12
b:which_nobody 0:-0.24 2:0.19 4:0.13 5:-0.11
b:which_one 2:0.1
b:which_ones 1:0.23 6:-0.12
b:which_regularly 0:0.2 5:-0.16
b:which_the 6:0.11
b:which_they 0:0.13 1:-0.33 2:-0.1 5:0.23 6:0.29
b:which_two 0:-0.27 1:-0.16 11:-0.13
b:which_was 1:0.31 2:-0.37 5:-0.13 11:0.14
b:while_he 1:-0.13 2:0.15 5:-0.13
b:while_her 2:0.12
b:while_i 0:0.3 1:-0.46 2:-0.11 4:0.36 5:0.23 7:0.12 11:0.19 13:0.11
b:while_older 0:0.17 3:0.14
b:while_she 0:-0.16
b:while_the 0:0.14 1:-0.23 5:0.13 6:-0.35
b:while_two 1:0.23 2:-0.18
b:while_we 0:0.26 5:-0.22 6:0.12
b:while_you 0:0.19
b:who_actually 0:0.13 1:0.16 2:0.52 4:-0.21 5:-0.12
b:who_answered 1:0.18 8:0.13
b:who_came 0:0.12 1:0.11 3:0.12
b:who_did 2:0.11 4:-0.2 5:-0.2
b:who_didnt 1:-0.11
b:who_dont 2:-0.15
b:who_eventually 0:-0.18 5:0.23
b:who_ever 3:0.19
b:who_finally 0:0.22
b:who_had 0:0.52 1:-0.35 2:-0.1 4:-0.14 5:0.13 6:-0.12 7:-0.21 9:-0.13
b:who_has 1:-0.22 5:0.16
b:who_is 2:-0.26 5:0.23 6:0.18
b:who_knows 2:0.12 4:0.15
b:who_never 4:0.27 6:0.21
b:who_runs 1:0.15 4:0.15
b:who_still 2:0.13 5:-0.19
b:who_they 0:-0.14 6:-0.16 9:0.17
b:who_used 0:-0.14 2:0.15
b:who_were 2:0.32
b:who_works 5:-0.21
b:whod_used 2:0.11
b:whole_history 6:0.1
b:whole_stay 5:-0.18
b:whole_team 1:-0.28
b:whole_time 1:0.33 2:0.21 3:0.11 5:0.28 6:0.16
b:whos_actually 0:-0.11 1:0.4 6:-0.21
b:whos_covering 6:-0.13
b:whos_ever 11:0.14
b:whos_hard 6:0.15
b:why_does 0:-0.1
b:why_i 6:0.25
b:why_it 5:0.33 13:0.13
b:why_my 2:-0.16 5:0.22
b:why_the 0:0.15 6:0.21 12:0.1
b:why_we 5:-0.21 11:0.17
b:wifi_dropped 0:-0.14 1:-0.15 5:0.29
b:wifi_in 0:-0.25 5:0.36
b:wifi_kept 6:-0.17
b:wifi_was 4:-0.36 5:0.26 12:-0.16
b:will_be 0:0.31 2:-0.38 6:0.13
b:will_come 5:-0.23
b:will_fix 0:0.19 5:-0.16
b:win_£ 4:-0.16
b:window_and 1:0.13 5:-0.14 6:0.17 7:0.14
b:window_cleaner 5:-0.1 6:0.13 11:0.12
b:window_is 0:0.2
b:windows_on 3:-0.17
b:wine_list 5:0.23 11:0.13
b:wine_stain 5:0.32 12:0.14
b:wiped_down 5:-0.19
b:wiped_the 5:0.25 10:0.12
b:wish_to 5:-0.11 6:0.15
b:with_a 0:0.25 2:-0.2 5:-0.16 6:0.15 7:0.18 8:-0.15 12:-0.33 13:0.13
b:with_an 0:-0.31 1:-0.11 2:0.12 5:0.18 6:0.17
b:with_another 2:0.25 6:-0.12
b:with_are 0:0.2 4:-0.1
b:with_callers 2:0.16
b:with_conflicting 2:0.11
b:with_customers 1:0.43
b:with_dad 6:0.2
b:with_dave 1:-0.2 5:0.15
b:with_extras 0:0.18 5:0.1
b:with_her 1:0.22 4:0.25 5:-0.11 6:-0.27
b:with_him 1:0.27 8:0.12
b:with_it 1:0.2 2:-0.12 5:0.16 10:-0.1 12:-0.1
b:with_me 0:-0.49 1:0.38 2:-0.28 3:-0.12 4:-0.15 5:-0.23 6:-0.36
b:with_members 0:0.13
b:with_my 0:-0.45 1:0.2 2:0.34 3:-0.16 4:-0.2 5:-0.11 6:-0.52 9:0.14
b:with_nervous 1:0.12
b:with_next 5:0.17
b:with_no 4:0.11 5:0.28 6:0.71 7:-0.11 11:-0.12 13:-0.1
b:with_nobody 1:-0.23 5:-0.13
b:with_one 0:0.12 1:-0.27 5:-0.12
b:with_our 1:0.28 2:-0.12 5:-0.26
b:with_people 2:-0.11 4:0.12
b:with_popcorn 5:0.17
b:with_real 0:0.28 1:0.29 5:-0.1
b:with_several 1:0.11 4:0.11
b:with_some 0:-0.11
b:with_that 0:0.1 1:0.11 4:0.25 5:-0.22 11:0.21
b:with_the 0:0.11 1:-0.9 2:0.64 3:-0.18 5:0.41 9:0.31 10:-0.14 12:0.16
b:with_them 0:-0.11 1:0.31 4:-0.2 5:-0.17 6:-0.13
b:with_this 5:0.2
b:with_three 5:-0.13
b:with_two 5:0.16
b:with_us 0:-0.24 1:0.26 2:-0.23 3:-0.18 5:-0.14 6:0.15
b:within_24 0:-0.55 2:-0.19 5:-0.2 6:0.16
b:within_3 0:0.11 5:-0.11 7:0.22
b:within_48 4:-0.14 5:0.18
b:within_5 0:0.29 5:-0.11
b:within_a 0:0.98 1:-0.25 2:0.17 4:0.31 7:0.17 12:-0.16 13:0.21
b:within_five 0:-0.42 5:-0.23
b:within_minutes 5:-0.11
b:within_the 0:-0.64 1:0.41 5:0.56 6:0.27
b:within_two 5:0.21 6:0.13
b:without_a 0:0.23 1:0.13 2:-0.11 5:-0.15 12:-0.14
b:without_any 0:-0.19 1:0.24 2:0.13 3:0.16 5:-0.28 6:0.31
b:without_being 5:-0.15
b:without_even 2:0.12 4:0.13
b:without_ever 0:0.25 5:0.23 6:0.14
b:without_fail 5:-0.2 6:0.12
b:without_looking 1:-0.16
b:without_me 1:-0.11 4:0.19
b:without_once 2:0.16 5:-0.12
b:without_so 6:0.19
b:without_telling 0:-0.14 6:-0.1
b:without_the 2:-0.24
b:without_us 5:0.38 8:0.12 12:-0.15
b:wiv_my 4:0.25 5:-0.23
b:woman_at 1:0.21 2:-0.15 4:0.12 5:-0.13 11:0.1
b:woman_knew 0:0.13
b:woman_on 1:0.27
b:woman_was 5:0.19
b:woman_who 1:0.18
b:wont_be 0:0.13 4:0.11
b:wont_bother 6:-0.11
b:wont_close 3:-0.23 5:0.17 12:-0.14
b:wont_start 5:0.13
b:word_about 1:-0.21 5:0.14 6:0.22
b:word_from 6:-0.11
b:word_i 5:0.12 6:0.14
b:word_of 0:-0.11
b:word_to 0:0.21
b:words_i 1:-0.19
b:wore_shoe 3:0.31
b:work_and 5:0.18
b:work_coach 2:-0.26
b:work_if 0:-0.22 5:-0.46
b:work_is 3:-0.16 5:0.2 12:0.13
b:work_on 0:0.11 5:0.45
b:work_out 6:0.25
b:work_the 1:-0.11 5:-0.42 6:0.14
b:work_was 3:0.12 5:0.17 6:0.28
b:work_with 0:-0.22 1:-0.22 2:0.26 9:-0.13
b:worked_at 6:-0.13
b:worked_first 2:0.19 5:-0.21 6:-0.18
b:worked_out 0:-0.27 2:0.31 6:0.11 9:0.11
b:worked_with 2:0.18
b:working_after 0:0.12 6:0.13
b:working_days 0:0.5 1:0.24 4:-0.22 5:-0.29 6:-0.17
b:working_within 0:-0.15
b:worn_pads 6:0.3
b:worth_every 4:0.21 5:-0.43 6:-0.13 11:0.41 12:0.11
b:worth_it 2:0.17 3:-0.19 9:0.11 11:-0.19
b:worth_the 3:-0.32 4:0.52 5:0.85 11:0.14 12:0.22
b:would_be 1:-0.28 2:-0.24 4:-0.26 5:0.24 6:0.4 7:-0.13
b:would_call 0:-0.23
b:would_come 2:-0.12
b:would_cost 4:-0.24
b:would_do 2:0.12 4:0.16
b:would_go 1:0.13
b:would_happen 0:0.12 2:-0.15 13:0.18
b:would_have 0:-0.18 13:-0.16
b:would_help 2:0.18 6:-0.19
b:would_look 5:0.12
b:would_need 0:0.17
b:would_pay 0:-0.13
b:would_recommend 0:-0.17 2:-0.16 5:-0.2 11:0.18
b:would_ring 0:-0.16 2:-0.17 13:-0.11
b:would_stop 6:-0.3
b:would_take 2:-0.23 5:0.14
b:would_use 2:0.29
b:would_work 0:-0.22 1:-0.22 2:0.26 9:-0.13
b:wouldnt_even 5:0.15
b:wouldnt_have 0:0.19 6:0.16
b:wouldnt_let 1:-0.17 5:-0.11 13:-0.16
b:wouldnt_move 0:0.1
b:wouldnt_take 0:-0.17 1:0.25 4:0.11
b:write_home 1:-0.24 5:-0.2
b:write_to 2:0.13 5:0.18 6:-0.15
b:writing_receipts 1:-0.14
b:writing_to 1:0.12
b:written_to 2:0.11
b:wrong_and 0:-0.14 4:0.16 6:-0.19
b:wrong_bill 1:0.14
b:wrong_colour 2:-0.13 5:-0.15
b:wrong_date 2:-0.11 5:0.29 6:0.26
b:wrong_day 5:-0.29
b:wrong_form 0:0.2
b:wrong_house 5:0.25
b:wrong_in 2:-0.16 5:0.12
b:wrong_information 0:-0.15 2:0.16 4:-0.1
b:wrong_on 6:0.22
b:wrong_strength 6:0.13 9:-0.12
b:wrong_thing 0:-0.18 2:0.18 5:-0.16
b:wrong_twice 2:0.17 4:0.27
b:wrong_with 0:-0.18 2:0.26 5:-0.13 8:-0.12
b:wrong_within 0:0.19 1:-0.14
b:wrote_the 3:0.15
b:wrote_to 6:0.14
b:x_ray 0:-0.37 2:0.21 9:-0.14
b:x_rays 1:-0.13
b:year_and 1:0.23 6:-0.13
b:year_for 4:0.13 11:-0.23
b:year_old 1:0.24 2:0.13 5:-0.29 6:0.34
b:years_ago 5:0.17
b:years_and 1:0.19 2:-0.19 5:-0.18 12:-0.12
b:years_ive 2:0.15
b:years_of 0:0.16 3:-0.15 5:0.15
b:years_old 5:-0.16
b:years_on 9:0.15 11:0.11
b:years_out 5:-0.15
b:you_a 6:0.15
b:you_absolutely 5:-0.11 6:0.13 9:-0.11
b:you_are 0:0.1
b:you_back 5:-0.1 6:0.22
b:you_can 1:-0.1 2:0.25 3:-0.11 4:0.25 6:-0.35 12:-0.1
b:you_cant 1:0.14
b:you_card 0:-0.12 5:0.3
b:you_could 3:0.26 10:0.16
b:you_feel 1:0.28
b:you_get 1:-0.15 5:0.16 6:-0.12 11:0.22
b:you_like 1:-0.13 2:0.15 8:-0.15
b:you_looked 0:-0.13
b:you_need 4:0.11
b:you_pay 5:0.38
b:you_see 5:0.46
b:you_the 0:0.33 1:0.27 5:-0.21
b:you_to 0:-0.19 1:-0.82 5:0.11
b:you_want 0:0.12 1:0.1 3:0.12
b:you_which 2:0.25
b:youd_call 1:-0.22 5:-0.14
b:youd_never 5:0.2
b:youd_think 5:-0.12
b:young_lad 2:0.15
b:younger_members 1:0.14 5:-0.1 8:0.12
b:younger_ones 0:-0.16 2:-0.16 5:-0.1
b:younger_participant 6:0.18
b:younger_participants 0:0.21
b:your_call 0:0.18 6:-0.15
b:your_engineer 0:-0.14 5:0.11 12:-0.14
b:your_room 6:-0.18
b:youre_a 0:0.2 6:0.12
b:zero_stars 4:0.13
b:£_1 0:-0.21 4:0.2 10:-0.11
b:£_10 0:-0.18 1:0.13
b:£_100 0:0.25 4:-0.21 5:0.34 6:-0.19
b:£_12 0:-0.13 2:0.12 3:0.22 4:0.24 5:0.24 9:0.1 11:0.2
b:£_120 2:-0.15 3:-0.13 4:0.22 5:0.55 6:0.3
b:£_14 5:0.16
b:£_140 1:-0.11 11:-0.15
b:£_15 4:0.24 6:-0.17 7:0.11 11:0.11
b:£_150 0:0.29 3:-0.19
b:£_165 2:0.15
b:£_18 2:-0.12 3:-0.18 4:0.31 6:0.36 11:-0.14
b:£_180 4:0.18 5:0.36 11:-0.18
b:£_19 5:0.5 12:0.11
b:£_2 0:-0.41 1:-0.12 2:-0.1 5:-0.48 13:0.1
b:£_20 0:0.2 1:-0.13 3:-0.14 4:-0.44
b:£_210 5:-0.12 6:0.17
b:£_212 4:-0.25 7:-0.1
b:£_22 4:0.1 5:-0.2 6:0.33
b:£_240 2:0.13 4:0.11
b:£_25 0:-0.2 5:-0.25 6:0.26 11:0.23 12:0.24
b:£_250 5:0.25 6:-0.23
b:£_26 4:0.11 12:-0.13
b:£_28 4:0.23 6:-0.16
b:£_280 0:0.14 5:0.21
b:£_29 0:0.18
b:£_3 0:-0.35 4:-0.46 5:-0.13 6:-0.16
b:£_30 1:0.22 4:0.1 6:-0.13 12:0.13 13:0.13
b:£_300 0:0.14 4:0.22
b:£_340 6:0.39 11:-0.11
b:£_35 3:0.32 4:-0.35 5:0.24 11:0.15
b:£_350 5:0.26
b:£_38 5:-0.23 12:-0.12
b:£_380 0:-0.17
b:£_4 0:-0.2 2:-0.12 4:0.29 5:0.34 6:-0.12
b:£_40 0:-0.11 4:0.35 5:-0.12 6:0.18
b:£_400 1:0.12 2:0.15 3:-0.11 4:0.16
b:£_420 6:-0.11
b:£_45 0:0.51 4:0.23
b:£_49 4:0.16 5:0.14
b:£_5 0:0.1 4:-0.37 6:0.4
b:£_6 2:0.12 4:0.2 6:0.14
b:£_60 0:0.18 2:0.12 4:-0.22 6:-0.4 9:0.14
b:£_600 0:0.16 1:0.1 2:0.15 4:-0.16
b:£_620 4:0.14
b:£_640 4:-0.18
b:£_65 0:0.19 4:0.39 5:-0.39 11:0.34
b:£_7 3:0.26 4:0.24 5:-0.22 6:-0.11 12:0.1
b:£_70 1:0.15 4:0.36
b:£_75 0:-0.11 4:0.11 5:-0.15
b:£_79 6:0.22
b:£_8 0:-0.31 1:-0.11 5:-0.36
b:£_80 0:-0.18 5:0.26
b:£_85 4:-0.11
b:£_9 0:-0.37 1:0.12 4:0.23 5:-0.19 6:-0.2
b:£_90 3:-0.25 6:0.15
b:£_95 4:0.29 5:0.14 11:-0.21 12:-0.1
b:£_99 0:0.17 5:-0.15
b:était_très 2:0.11 4:0.16 8:-0.12 9:0.11 11:0.12
le:cleanliness 0:0.12 3:0.48 5:0.27 10:0.29
le:communication 4:-0.13 6:0.11 13:-0.14
le:price 4:0.14 6:-0.25 11:0.11
le:product-quality 0:-0.1 2:0.28 4:-0.14 5:0.53 6:-0.3
le:staff-attitude 1:0.45 2:-0.35 5:-0.25 8:-0.28
le:waiting-time 0:0.15 5:-0.19
ln:cleanliness 0:-0.78 1:-0.24 2:-0.24 3:2.38 4:-0.28 5:-0.19 6:-0.62 10:-2.91 11:-0.34 12:-0.23
ln:communication 0:-0.18 1:-0.4 3:-0.12 4:-0.56 5:-0.15 6:1.56 7:-0.99 9:-0.4 11:-0.48 12:-0.38 13:-2.4
ln:knowledge 0:-0.13 1:-0.61 2:1.85 3:-0.46 4:-0.82 5:-0.13 6:-0.52 7:-0.19 9:-2.54 12:-0.36 13:-0.44
ln:price 0:-0.39 1:-0.17 2:-0.56 4:2.25 5:-0.15 8:0.15 10:-0.24 11:-2.8 13:-0.23
ln:product-quality 0:-0.71 1:-0.41 2:0.14 3:-0.28 4:-0.37 5:1.56 6:-0.38 7:-0.4 9:-0.44 10:-0.32 11:-0.33 12:-3.07 13:0.34
ln:staff-attitude 0:-0.55 1:2.19 2:-0.58 3:-0.27 4:-0.75 5:-0.32 6:-1.05 7:-0.12 8:-3.3 12:-0.13 13:-0.49
ln:waiting-time 0:1.56 1:-0.11 2:-0.11 3:-0.49 4:-0.58 5:-0.36 6:0.14 7:-3.04 9:-0.14 10:-0.14 13:-0.74
lp:cleanliness 0:0.25 1:-0.1 2:-0.19 3:2.84 5:-0.18 6:-0.27 7:0.17 8:0.2 10:3.36 11:0.14 12:0.47
lp:communication 0:-0.45 1:-0.33 2:-0.3 3:-0.56 4:0.14 5:-0.45 6:2.35 7:0.71 8:0.69 9:0.96 11:0.31 12:0.45 13:2.46
lp:knowledge 0:-0.6 1:-0.14 2:2.51 3:-0.35 5:-0.43 7:0.19 9:2.84 12:0.88 13:0.21
lp:price 0:-0.13 1:-0.18 2:-0.19 3:-0.51 4:2.73 5:0.25 6:-0.91 7:0.48 8:0.36 9:0.47 11:3.2 12:0.55 13:0.42
lp:product-quality 0:0.12 1:0.24 2:-0.36 3:0.2 4:0.33 5:1.94 6:-0.37 7:0.42 9:0.39 10:0.31 11:0.33 12:3.07
lp:staff-attitude 0:0.31 1:2.45 2:-0.15 4:0.31 5:0.21 6:0.48 8:3.27 9:0.17 10:0.16 11:0.26 12:0.13 13:0.54
lp:waiting-time 0:2.37 1:-0.18 2:-0.31 4:0.11 5:-0.31 6:-0.62 7:3.23 9:0.19 10:0.31 12:0.47 13:0.49
lt:cleanliness 0:-0.65 1:-0.34 2:-0.42 3:4.74 4:-0.29 5:-0.63 6:-0.93 8:0.16 10:0.16 11:-0.2 12:0.14
lt:communication 0:-0.65 1:-0.74 2:-0.36 3:-0.64 4:-0.28 5:-0.69 6:3.8 7:-0.26 8:0.64 9:0.56 10:0.11 11:-0.17 12:0.12 13:0.19
lt:knowledge 0:-0.71 1:-0.74 2:4.32 3:-0.81 4:-0.73 5:-0.55 6:-0.57 9:0.36 12:0.52 13:-0.2
lt:price 0:-0.47 1:-0.32 2:-0.75 3:-0.38 4:4.84 5:0.13 6:-0.67 7:0.52 8:0.51 9:0.47 10:-0.19 11:0.29 12:0.46 13:0.19
lt:product-quality 0:-0.48 1:-0.16 2:-0.5 5:2.97 6:-0.45 13:0.29
lt:staff-attitude 0:-0.27 1:4.19 2:-0.38 3:-0.13 4:-0.35 5:0.14 6:-0.57 7:-0.12 8:0.24 9:0.21 11:0.31
lt:waiting-time 0:3.77 1:-0.29 2:-0.4 3:-0.43 4:-0.44 5:-0.48 6:-0.43 7:0.22 8:0.15 10:0.17 12:0.56 13:-0.25
n:! 7:0.16 12:0.27
n:1 1:0.13 2:0.16 5:0.21
n:11 5:0.1
n:3 5:0.21 12:-0.12
n:5 2:0.25
n:6 7:-0.14
n:8 0:0.19 1:0.1 3:0.13
n:a 0:0.28 2:0.34 3:0.2 4:-0.48 5:0.17 6:-0.31 7:0.22 10:0.44 12:0.25 13:-0.13
n:about 2:0.39 5:-0.24 6:0.38 8:-0.12 9:-0.24 13:-0.1
n:acknowledgement 1:-0.12 4:-0.12 6:0.15
n:actually 2:0.2 5:0.31 6:-0.16
n:address 6:0.16
n:advisories 6:-0.13
n:after 1:0.22 2:0.15 7:-0.15
n:again 0:0.13 2:-0.11 5:-0.21 6:-0.2
n:all 4:-0.15 6:0.12 8:0.12 12:0.11
n:an 0:0.26 4:-0.15 5:-0.24 6:-0.11
n:and 0:-0.29 1:-0.18 4:-0.19 5:0.27 13:0.11
n:answer 0:0.14 1:0.23 2:0.32 5:0.13 9:-0.18
n:answered 5:-0.15 6:0.49
n:answers 0:0.12 6:0.16
n:any 1:0.12 2:0.3 4:-0.24 5:-0.39 6:0.32 8:0.11
n:anyone 0:-0.11 1:0.27 2:-0.21 6:0.13 9:0.11
n:anything 1:0.43 5:-0.14 6:-0.25 8:-0.17 9:-0.15
n:anywhere 0:-0.16 6:0.23 10:0.18
n:apologise 1:0.15
n:apologised 1:0.31 2:-0.11 8:-0.14 13:0.1
n:apology 4:-0.17
n:appointment 0:0.7
n:argue 1:0.18 4:0.32 5:-0.15 11:0.26
n:arrived 5:-0.23 6:0.12
n:as 1:-0.15 4:-0.27 5:0.17 6:0.14 12:-0.2
n:ask 1:-0.14 2:-0.14 5:0.39 6:0.34 13:0.14
n:asked 0:-0.12 1:-0.2
n:asking 1:0.16 2:-0.14 4:0.38 5:0.44 8:0.14 11:0.14 12:-0.15
n:at 0:-0.46 1:0.26 2:0.21 3:-0.14 6:0.16 7:0.13 8:0.16
n:b 1:-0.18
n:back 0:-0.19 1:-0.3 5:0.2 6:0.54
n:bad 0:0.13 1:-0.13 4:-0.1 5:0.14 7:0.28
n:bank 1:0.29 2:-0.13
n:basic 2:0.11
n:be 1:0.13 5:-0.11 7:0.14 8:-0.18
n:beat 5:-0.12
n:because 3:-0.19
n:been 1:0.34 2:-0.3 3:0.21 6:-0.39 8:0.15
n:before 0:-0.24 4:0.13 6:0.34
n:believe 0:0.24 1:-0.13 4:0.31 6:-0.15 7:0.19 12:0.11
n:bench 0:0.31 4:-0.22 7:-0.17
n:better 3:-0.16 5:0.36
n:between 1:0.14 3:0.15 5:0.11 12:-0.1
n:bit 3:-0.16 5:0.31 12:0.13
n:bother 4:0.14 5:-0.15 9:0.15 11:0.14
n:bothered 1:0.24 2:0.19 8:-0.15
n:bring 5:-0.12
n:broken 1:0.54 5:0.31 6:0.3
n:bunch 1:0.22
n:buying 0:-0.2 2:0.11
n:by 0:-0.25 5:0.12
n:call 0:0.38 1:-0.14 5:-0.21 13:-0.1
n:callback 6:0.22
n:called 6:0.29
n:came 0:-0.4 4:-0.27 5:0.41 6:0.18 12:-0.13
n:can 0:0.17 1:0.15 2:-0.25 3:-0.22 4:0.14 11:0.14
n:card 0:-0.15 1:-0.24 6:0.14
n:care 2:-0.1
n:cared 1:0.42 2:-0.12 5:0.31 6:-0.19 8:-0.14 12:0.14
n:change 5:-0.36
n:changed 6:-0.27 9:-0.11
n:charge 0:0.19 2:-0.11 4:0.3 5:-0.37 6:0.12 7:0.12 11:0.16
n:cheap 0:0.2 1:-0.24 3:-0.38 4:0.76 11:-0.59 12:0.45
n:cheapest 1:0.24 2:-0.48 4:0.36 11:-0.41 12:0.13
n:checking 2:0.19 5:-0.12
n:chips 5:0.29 6:-0.11
n:claims 4:0.4 6:-0.2
n:clean 0:-0.15 1:-0.13 2:0.13 5:0.46
n:cleaned 0:0.26 3:0.19 10:-0.16
n:cleaner 0:0.24 3:0.12 4:0.11 5:-0.12
n:cleanliness 3:0.17 5:-0.14
n:clients 2:0.34
n:close 3:-0.23 5:0.17 12:-0.14
n:clue 1:-0.32 2:0.62 5:-0.23 6:-0.25 9:-0.23
n:collected 5:0.32 12:-0.17
n:come 5:0.38 6:0.24
n:comment 2:-0.18 5:-0.15
n:company 6:0.2
n:complain 0:-0.16 1:-0.11 4:0.59 5:-0.19 11:0.19
n:complaining 7:0.1 11:0.18
n:complaints 0:-0.25 5:-0.19 6:-0.21
n:confirmation 2:0.18
n:confirms 6:0.23
n:contact 5:0.15
n:cost 4:0.13 5:-0.14
n:could 0:0.18 2:-0.29 5:0.26
n:council 0:0.18 6:-0.2
n:cover 0:0.15 2:0.2
n:customer 6:0.15
n:customers 3:0.1
n:darkening 5:-0.14
n:days 0:-0.18 2:0.25 6:-0.3
n:deal 5:0.17
n:dentist 5:-0.26
n:desk 2:-0.17
n:did 0:-0.12 1:0.18 5:-0.23 6:0.18
n:difference 1:-0.13 4:0.15 5:0.22 6:-0.18 11:-0.11
n:dirty 3:0.1
n:discount 4:0.41 6:-0.22
n:discussed 4:-0.11
n:dishes 2:0.14 5:-0.13
n:do 1:0.39 2:-0.34 3:-0.23 5:0.37 6:-0.14 12:-0.19
n:down 0:-0.15
n:driven 1:-0.12
n:drop 0:-0.11 4:-0.21 5:0.13 12:0.13
n:dropped 5:0.13
n:either 0:0.22 1:-0.37 2:0.1 6:0.26
n:else 1:0.12 4:0.21 5:0.13 6:-0.28 9:0.14
n:email 0:-0.11 2:0.19 6:0.18
n:emailed 0:-0.2 5:0.34
n:emails 0:-0.15 1:0.11 6:0.16
n:emptied 5:-0.18
n:english 5:-0.1
n:enough 3:0.15 4:0.11 5:0.25 6:-0.27 8:0.14
n:especially 1:-0.13
n:even 1:0.7 2:0.14 4:0.15 5:0.6 6:-0.16 8:-0.29
n:ever 0:0.32 1:-0.13 5:-0.11 6:0.28 11:0.14
n:exactly 0:0.24 2:-0.19 5:-0.38 7:-0.14
n:expect 1:-0.11 2:-0.11 3:0.33 6:0.25 10:0.12
n:explain 1:0.29 2:-0.17 6:0.38 13:-0.27
n:explained 0:0.19 2:-0.12 4:0.23 5:0.11 6:0.19
n:explains 4:-0.1
n:explanation 0:0.13 6:0.31
n:extra 0:-0.19 4:0.2 5:-0.15 11:0.11
n:fail 5:-0.2 6:0.12
n:fault 1:-0.33 2:-0.17 3:0.18 4:-0.17 6:-0.12 10:0.13 12:0.13
n:fee 6:0.17
n:feel 1:0.54 2:-0.18 3:0.16 4:-0.27 5:-0.41 6:-0.15 8:0.12 13:0.13
n:fees 0:0.16
n:felt 2:-0.18 3:-0.19 5:0.46 6:-0.17 12:0.1
n:fight 1:0.11 2:0.16 6:-0.11
n:find 0:0.16 1:0.13 2:0.2 5:-0.12 11:-0.13
n:firm 5:0.22
n:first 1:0.21 6:-0.14
n:fix 5:0.65 6:-0.15 12:-0.11
n:fixed 6:-0.15
n:follow 13:-0.19
n:food 1:0.14
n:for 2:-0.33 3:0.12 4:0.29 6:0.28 7:0.25 11:0.25 12:-0.14 13:0.3
n:four 0:0.11 5:-0.16
n:free 0:0.52 4:-0.19 7:-0.26
n:friendliest 0:0.13 1:0.4 8:-0.15
n:friendly 1:-0.13 5:-0.16
n:from 3:0.17 5:-0.39
n:fuss 0:0.14 1:-0.11 5:-0.15 6:0.37 7:0.14 8:0.18 12:-0.16 13:0.18
n:get 0:0.42 1:0.3 2:-0.21 6:-0.2 7:-0.34
n:getting 0:0.22 2:0.2
n:give 0:0.15 5:-0.16 6:0.22
n:giving 2:-0.11 5:0.23 6:0.13 8:0.11
n:go 0:0.17 2:-0.18 6:0.1
n:going 1:-0.35 6:0.2
n:gone 5:0.16
n:good 2:-0.19 3:0.12
n:got 0:-0.12 6:0.3
n:great 0:0.16
n:group 12:0.12
n:grumble 0:-0.21
n:guessing 6:-0.15
n:had 1:-0.55 2:0.22 5:0.27 7:0.14 13:0.26
n:hair 3:0.18 10:0.14
n:hand 2:-0.14 5:0.43
n:hang 6:0.19
n:hanging 0:0.18
n:happened 2:0.14
n:happens 0:0.12
n:happy 0:0.28 1:-0.11 3:0.13 5:-0.21 11:-0.1
n:hard 1:0.26
n:has 0:-0.21 1:-0.18 2:-0.15 4:-0.12 5:-0.12
n:hassle 0:-0.12 7:0.17
n:have 0:0.16 1:0.28 3:-0.11 5:0.3 6:0.15 8:0.11 13:0.21
n:having 13:0.12
n:he 3:-0.2
n:hear 5:-0.21 13:0.11
n:heard 5:-0.19
n:hello 1:0.19 5:0.34 6:-0.16 12:0.14
n:help 2:-0.17
n:helpful 5:-0.12
n:her 0:-0.4 5:-0.2
n:here 4:-0.33 5:-0.16
n:him 6:-0.12
n:his 9:0.1
n:hitch 5:-0.13
n:hold 5:-0.12 6:-0.17 7:0.11
n:home 1:-0.24 5:-0.2
n:how 1:0.23 2:0.2 9:-0.16
n:hurried 0:-0.22
n:i 1:-0.16 2:-0.17 4:0.2 5:-0.4 8:-0.11 9:0.16
n:id 1:0.15
n:idea 0:0.12 1:0.13 2:-0.11 5:0.11 6:0.11 9:-0.13
n:ideal 5:-0.15
n:if 4:-0.18 5:0.17 6:-0.1 9:0.11
n:impressed 5:-0.19
n:in 0:-0.11 2:-0.4 3:0.25 5:0.47 6:0.24 7:0.17 8:-0.22
n:include 2:0.11
n:into 4:-0.2 6:0.17
n:it 0:0.45 1:-0.23 4:-0.22 6:-0.25 7:0.29 10:-0.13 12:0.18 13:-0.12
n:ive 4:0.39
n:jargon 6:0.15
n:job 1:-0.15
n:join 5:-0.1 6:-0.15
n:just 1:-0.14 5:0.15 9:0.11
n:kept 0:0.14 2:-0.12
n:knew 2:0.11
n:know 0:-0.18 1:-0.25 2:0.63 5:-0.13 6:-0.14 9:-0.41 11:0.18
n:knowing 1:-0.16 2:-0.23
n:knows 2:-0.42 6:-0.11
n:leak 0:0.16 2:0.21 5:-0.2
n:leave 0:-0.15 3:0.19
n:left 0:-0.12 5:0.33
n:less 1:0.23 2:-0.21 5:-0.24 8:-0.23
n:let 1:-0.29 5:0.12 8:-0.1 9:0.12 12:0.13 13:-0.2
n:lets 6:0.17
n:letter 6:0.22
n:library 2:-0.11 4:-0.13 6:0.15
n:like 0:0.1 4:0.13 5:0.14
n:listen 2:-0.13 5:0.15 13:-0.15
n:long 0:0.18
n:longer 0:-0.11 13:0.11
n:look 0:-0.24 5:-0.35
n:looked 2:0.18 3:-0.2 8:-0.15
n:looking 1:-0.17 2:0.14
n:lost 6:0.11
n:machine 0:0.18
n:made 0:-0.35 1:0.21 5:-0.11 6:-0.18 8:0.1
n:make 1:0.11 2:-0.12 5:-0.28 6:-0.11
n:me 0:0.25 1:0.28 2:0.14 3:-0.29 4:0.13 5:-0.23 6:0.26 13:-0.24
n:members 0:-0.14
n:mentioned 2:0.23 4:0.56 5:0.17 6:0.37 13:-0.14
n:menu 6:0.33
n:mess 1:-0.19 3:0.26
n:mind 0:-0.17 1:-0.14 3:-0.22 4:0.11 12:0.14
n:missed 5:0.59 12:0.18
n:more 0:0.16 1:-0.15 2:0.11 3:-0.2 7:0.19 13:0.12
n:most 1:-0.21 5:0.18
n:moved 1:0.3
n:much 0:-0.16 1:0.15 3:0.16 4:-0.21 5:0.18 10:0.11
n:my 0:-0.49 2:-0.19 3:0.26 4:-0.23 5:0.4 6:0.18 12:-0.32
n:near 0:-0.22 2:0.11
n:need 2:0.28 4:-0.13 6:-0.11 9:0.29
n:needed 0:0.37 13:0.1
n:new 1:-0.2 2:0.33 4:-0.17 13:-0.19
n:nice 1:-0.18 5:-0.15
n:nicer 0:0.15 1:0.38 8:0.19
n:notes 2:-0.11 5:-0.11 6:0.27
n:of 0:-0.15 1:0.2 2:0.22 5:-0.43 6:-0.4
n:off 5:0.1
n:offer 1:0.14 3:0.12
n:offered 1:0.12 5:0.34
n:often 11:0.14
n:on 0:0.26 1:0.21 2:-0.21 4:0.21 5:0.19 6:0.22 7:0.13
n:once 1:0.56 2:-0.12 5:-0.24 6:-0.32 7:0.27 9:0.12 11:0.14 12:0.12 13:0.15
n:one 0:-0.15 1:0.3 2:-0.25 3:-0.36 4:-0.29 5:-0.14 6:0.46 7:-0.13 8:-0.12 13:-0.22
n:ones 1:-0.17 4:-0.18
n:open 0:0.15 5:0.35
n:or 1:0.24 2:-0.14 5:-0.1 8:-0.1
n:order 5:0.36
n:our 0:0.34 1:0.21 2:-0.16 5:0.12 6:0.23 7:-0.12
n:out 2:-0.15 3:-0.14 4:-0.1 5:-0.15 6:0.23
n:over 4:-0.15 5:0.13 6:-0.13
n:own 3:0.31 5:0.17
n:part 0:0.18
n:particular 1:-0.12
n:particularly 1:-0.26
n:pass 6:0.16
n:patch 5:0.18 12:-0.12
n:pay 4:0.25 5:-0.22
n:paying 0:0.19 4:0.17 5:0.13 7:0.13 12:0.13
n:penny 6:-0.1
n:person 0:-0.12 1:0.34 2:0.12 5:-0.11 6:-0.14
n:personally 5:-0.12
n:phone 1:0.17
n:picked 2:0.27 5:0.3
n:place 5:-0.11
n:plumber 8:0.19
n:pressed 5:0.23
n:pressure 0:-0.15 1:0.75 5:-0.11 8:0.13
n:price 0:0.14 4:-0.12 5:0.19
n:prior 2:0.1
n:problem 0:-0.17 2:-0.16 6:-0.22
n:proper 6:0.15
n:properly 2:0.24 6:0.1
n:pub 5:0.22 11:-0.14
n:push 1:0.16
n:pushy 5:-0.12
n:questions 0:-0.12 5:0.15 6:0.27
n:queue 0:0.26 1:0.15 5:-0.21 6:-0.16 7:0.23
n:quibble 0:0.12 1:-0.12 5:0.12 7:0.1
n:quibbles 0:0.21 6:0.18 13:0.14
n:quick 0:0.34
n:raised 4:-0.24 5:-0.13
n:rang 1:-0.26 6:0.29 13:-0.13
n:reached 6:0.27
n:ready 0:0.23 6:-0.21
n:really 0:-0.28 5:0.13 6:0.16 11:0.11 12:-0.16 13:-0.11
n:reason 0:0.11 1:0.11 5:-0.26 6:-0.25
n:record 0:0.11 5:-0.19
n:refund 5:0.47
n:registered 2:0.31 5:-0.11
n:repeat 6:0.11
n:replaced 0:0.21 1:-0.14
n:replied 5:0.12 6:0.16
n:reply 0:-0.39 5:-0.18 6:0.11
n:report 0:-0.12 5:-0.16 6:-0.27
n:return 4:-0.15
n:returns 2:0.1
n:right 5:-0.21 6:-0.1
n:ring 4:0.17
n:rings 5:-0.12 6:0.17
n:rude 0:-0.24 1:-0.4 2:-0.16 3:-0.2 4:-0.12 5:-0.46 6:-0.4
n:rush 0:0.26 1:0.1 2:-0.16 6:-0.15
n:rushed 0:-0.33 1:0.19 2:0.15
n:rushing 1:0.11
n:said 0:-0.12 1:0.17 4:-0.2 5:0.24 12:0.1
n:say 0:0.43 4:-0.13 5:-0.36 6:0.41 7:-0.16 12:0.11 13:-0.23
n:saying 0:-0.13 5:-0.11
n:scratch 5:0.24
n:see 0:-0.11 1:-0.25 2:-0.22 3:-0.22 5:0.58 11:-0.12 12:-0.16
n:seem 2:0.35 5:-0.11 9:-0.17
n:seemed 6:-0.2
n:seen 1:0.23 3:0.14 6:-0.1
n:sell 0:-0.13 1:0.38 8:0.1
n:served 5:0.24
n:she 5:0.24 12:0.1
n:shop 2:0.4
n:show 0:0.24 6:0.13
n:since 0:-0.42 5:-0.34
n:single 0:-0.37 1:-0.15 3:-0.16 4:-0.16 6:0.35 10:0.21 13:-0.1
n:six 5:0.11 11:0.12
n:smile 1:0.2 5:-0.18
n:so 2:-0.24 5:0.2 6:0.19 10:0.14
n:soap 3:0.17
n:someone 5:0.15 6:-0.13
n:sorry 5:-0.11
n:speak 5:0.13
n:specific 5:-0.27 6:-0.25
n:speck 3:0.13
n:staff 0:-0.16 1:0.3 2:-0.22 3:-0.21
n:start 5:0.29
n:still 7:-0.15
n:strong 0:-0.12
n:strongly 6:-0.11
n:stuck 0:0.16
n:sure 4:-0.13 5:-0.11
n:surprises 0:-0.13 1:-0.2 4:-0.26 5:-0.28 6:-0.18 11:0.16
n:sweep 3:0.2
n:take 0:-0.11 1:0.31 2:0.16 4:0.11 5:-0.2 6:-0.1 8:-0.12
n:taken 6:-0.12
n:talked 0:0.1
n:taught 5:0.16 6:-0.26
n:tell 1:-0.26 2:0.7 3:-0.28 4:-0.24 6:-0.37 9:-0.2 12:0.1 13:-0.28
n:tells 0:0.21 2:0.12 4:-0.17 6:0.31
n:text 6:0.21
n:than 0:-0.12 12:-0.15
n:thank 1:-0.11
n:that 0:-0.12 1:0.22 3:-0.23 4:0.6 5:-0.14 6:0.21 7:0.13 8:0.11 11:0.26 12:-0.13 13:0.15
n:the 0:0.8 1:-0.47 2:0.15 4:0.56 5:0.15 7:-0.11 8:-0.11 9:-0.21 11:-0.29 12:0.13 13:-0.5
n:their 0:-0.22 2:-0.13 4:-0.25 5:-0.12 6:-0.11
n:them 0:0.18 1:-0.22 2:0.61 3:-0.23 6:0.13 9:-0.25 13:-0.13
n:there 2:-0.21 5:0.16
n:these 0:-0.14 2:-0.12 6:0.15
n:they 1:-0.22 3:0.17 5:-0.34 13:-0.13
n:theyre 2:-0.11 4:-0.33 5:-0.15
n:things 1:0.1
n:think 0:0.11 4:0.31
n:this 1:-0.2 2:0.31 5:-0.2 6:-0.14
n:thought 2:0.26 5:-0.1
n:three 7:0.22
n:through 0:0.22 2:-0.12 5:-0.11 6:0.15 7:-0.12
n:till 0:0.3 6:-0.11
n:time 0:0.18 2:0.12 5:0.35
n:to 0:-0.2 1:0.25 2:0.16 3:-0.12 4:-0.33 5:-0.37 6:0.25 7:-0.18 12:-0.2 13:0.11
n:told 0:0.21 1:-0.12 2:-0.2 5:-0.18 6:0.64 7:-0.12 13:-0.18
n:too 1:0.12 5:-0.1
n:trained 5:0.14
n:training 0:0.16 2:0.14
n:tried 0:-0.1 1:-0.21
n:trusted 2:0.24
n:try 1:0.29 5:0.13 8:0.14
n:turn 0:-0.34 5:0.7
n:turning 2:0.29
n:turns 2:-0.27 5:0.15 6:0.18
n:two 2:0.14
n:understand 0:-0.17 1:0.26 2:0.22 5:-0.5 6:0.29 8:0.12 9:-0.13 13:-0.12
n:unfriendly 5:-0.12
n:unhelpful 0:0.11 1:0.47 2:0.26 5:-0.16 8:0.14
n:unkind 1:0.47 5:-0.12
n:unreasonable 5:-0.15
n:until 0:0.23 6:0.23 7:-0.16 13:-0.11
n:up 0:-0.2 2:-0.2 5:0.26 6:0.12 8:-0.13
n:update 6:0.12
n:updated 0:0.17 2:0.15 13:-0.18
n:updates 0:-0.24 5:0.13
n:upsell 1:0.4 2:0.1 4:-0.26 8:0.13
n:us 5:-0.27 8:0.19 12:-0.12
n:use 2:-0.32 5:0.17 6:-0.2
n:used 2:-0.15 6:-0.11
n:very 0:-0.14 2:0.11
n:views 4:-0.11 6:-0.18
n:wait 0:0.34 1:-0.29 5:-0.25 6:-0.15 7:0.17
n:waiting 0:0.18 2:-0.12
n:want 0:0.19 1:0.24 2:-0.11
n:warm 1:-0.22
n:warmest 1:0.13
n:warn 5:0.14
n:warned 5:-0.17
n:warning 5:0.36
n:was 0:-0.2 1:-0.41 2:-0.24 3:-0.21 4:0.1 5:-0.46 6:-0.14 9:-0.11
n:we 3:-0.19 5:0.51
n:weeks 4:-0.18 5:0.23 12:-0.15
n:welcome 1:0.19
n:went 1:-0.14 5:-0.33
n:were 6:0.16
n:what 0:-0.12 1:-0.22 3:-0.13 4:-0.37 5:-0.81 6:0.34 9:-0.2 11:-0.13 13:-0.22
n:whatsoever 5:-0.14 6:0.16
n:when 0:0.11 1:-0.34 2:-0.22 5:0.41 6:0.74 13:-0.16
n:where 1:-0.18 5:-0.12 9:-0.11
n:whether 0:0.12 2:-0.12 5:-0.23
n:which 1:-0.23
n:why 6:0.15 13:-0.14
n:wiped 5:-0.17
n:with 2:0.21 4:0.34 5:-0.34 6:-0.16 9:0.12 10:-0.16 11:0.32
n:word 1:-0.11 6:0.23
n:work 4:-0.23 5:0.28 12:-0.33
n:working 2:-0.2
n:worth 1:-0.11
n:wot 1:-0.28 2:0.37 5:0.36
n:write 0:-0.17 1:-0.22 2:-0.14 5:-0.12 6:0.1
n:wrong 1:0.14 5:-0.16
n:yet 6:-0.14
n:you 1:0.19 2:-0.19 5:-0.35
n:youd 1:-0.22 5:-0.16
n:£ 11:-0.11
s:! 1:-0.49 2:-0.78 3:-0.2 4:0.4 6:-0.21 7:0.25 10:0.38 12:0.95
s:$ 1:0.21 4:0.15 8:-0.14
s:% 4:0.51 5:0.53 7:0.12 11:-0.25
s:000 2:0.15 4:-0.16
s:02 0:0.57 7:0.17
s:05 0:0.12 6:-0.3 13:0.22
s:1 1:-0.67 4:0.35 6:0.26 9:0.11 10:-0.13 11:-0.13 12:0.15 13:-0.25
s:10 0:0.39 1:-0.36 3:-0.26 4:-0.32 6:0.32 7:0.13 9:-0.12 12:0.15 13:-0.14
s:100 0:0.23 4:-0.21 5:0.12 6:-0.22
s:101 7:-0.12
s:11 0:0.45 2:0.12 4:-0.15 5:-0.25
s:12 0:0.53 1:-0.5 3:0.1 4:0.22 5:0.12 10:0.14 11:0.14
s:120 2:-0.15 3:-0.13 4:0.22 5:0.55 6:0.3
s:14 0:0.12 1:0.2 3:0.2 4:-0.26 5:0.45 7:-0.23
s:140 1:-0.24 2:-0.25 4:0.24 6:0.31 11:-0.23
s:15 0:0.13 3:0.18 4:0.65 6:-0.19 11:0.17 12:-0.16
s:150 0:0.27 3:-0.19 5:-0.17
s:16 1:-0.15 5:0.14 12:-0.11
s:165 2:0.15
s:17 5:0.15 6:0.24
s:18 2:-0.13 3:-0.21 4:0.28 5:0.14 6:0.31 11:-0.14
s:180 0:-0.1 4:0.18 5:0.34 11:-0.18
s:19 0:0.15 5:0.48 6:0.21 13:-0.13
s:2 0:0.54 2:-0.14 3:-0.29 5:0.21 7:-0.21 10:0.16 11:0.16 13:0.34
s:20 0:0.55 1:-0.21 4:-0.3 5:-0.43 6:0.13 7:0.19 8:-0.11 10:0.12 11:0.3
s:200 3:-0.11 5:-0.12 6:0.16
s:2019 0:0.18 5:0.1 12:0.1
s:210 5:-0.12 6:0.17
s:212 4:-0.25 7:-0.1
s:22 4:0.11 5:-0.28 6:0.33
s:24 0:-0.44 4:0.17 11:-0.11
s:240 2:0.13 4:0.11
s:25 0:0.44 1:0.11 4:0.25 5:-0.26 11:0.2 12:0.19
s:250 4:0.16 5:0.23 6:-0.29
s:26 4:0.11 12:-0.13
s:28 0:0.11 4:0.22 6:-0.17
s:280 0:0.14 5:0.21
s:29 0:0.32 6:-0.12
s:3 0:0.59 1:-0.16 2:0.33 3:-0.19 4:-0.39 5:0.24 6:-0.24 7:0.18 9:-0.29 11:-0.21 13:-0.25
s:30 1:0.35 2:0.29 3:-0.18 4:-0.15 5:-0.27 6:-0.52 12:0.14
s:300 0:0.11 1:0.13 3:-0.2 4:0.17 8:0.11
s:31 1:0.12
s:32 5:0.13
s:340 6:0.39 11:-0.11
s:35 0:0.28 3:0.32 4:-0.61 5:0.17 6:0.19 11:0.17
s:350 5:0.26
s:38 5:0.13 6:-0.18 11:-0.1 12:-0.3
s:380 0:-0.17
s:4 0:0.51 3:-0.29 4:0.39 5:-0.29 6:0.38 7:-0.46 12:0.21
s:40 0:0.69 1:-0.1 2:0.21 4:0.53 5:-0.24 7:-0.21 8:0.1 11:-0.27 13:-0.19
s:400 2:0.15 4:0.2 10:-0.1
s:42 6:0.19 11:-0.12
s:420 6:-0.11
s:44821 6:-0.21
s:45 0:0.59 3:0.18 4:0.33 5:-0.18 7:-0.14 11:-0.23
s:47 0:0.23
s:48 0:0.11 4:0.19 5:0.35 11:-0.14
s:49 0:-0.15 1:-0.11 4:0.18 5:0.13 6:0.11
s:5 0:0.8 1:-0.2 4:-0.47 5:-0.22 11:0.23
s:50 0:0.43 1:-0.32 2:-0.22 5:0.14 6:0.23 7:-0.3 11:-0.32 13:-0.11
s:500 5:0.25 12:-0.14
s:5000 1:0.33 2:0.17 4:-0.18 9:0.1
s:52 6:-0.23
s:55 1:-0.15 2:-0.22 5:-0.31
s:58 1:-0.19 2:0.15
s:59 0:0.34 1:0.18 6:-0.12 7:0.13
s:6 0:0.87 1:-0.14 2:-0.15 4:0.19 6:0.22 7:-0.34
s:60 1:-0.3
s:600 0:0.16 1:0.1 2:0.15 4:-0.16
s:620 4:0.14
s:640 4:-0.18
s:65 0:0.18 2:-0.11 4:0.44 5:-0.32 11:0.35
s:7 0:0.4 3:0.23 4:0.25 13:-0.22
s:70 1:0.12 4:0.37 11:-0.13
s:75 5:-0.16 6:-0.11
s:79 6:0.22
s:8 0:0.67 5:0.17 6:-0.42 10:0.13 12:0.33
s:80 0:-0.37 4:0.36 5:0.23 11:-0.13 12:-0.17
s:800 4:-0.21
s:85 4:-0.11
s:89 2:0.1
s:9 0:0.54 1:0.23 4:0.13 5:-0.45 7:0.12 11:-0.11 13:-0.15
s:90 0:0.32 2:-0.18 3:-0.27 4:0.12 5:0.34 6:-0.19
s:900 4:-0.11
s:95 4:0.26 5:0.11 11:-0.2
s:99 0:0.18 1:0.13 4:0.42 5:-0.23 8:-0.11
s:? 1:-0.13 3:-0.18 5:-0.51 7:-0.35 8:-0.3 9:-0.15 11:-0.2 12:-0.17 13:-0.17
s:a 1:-0.28 3:-0.26 4:-0.35 8:-0.25 10:-0.13 11:-0.12 12:0.2
s:abit 0:-0.14 8:-0.12
s:about 0:-0.27 1:0.13 2:0.27 3:-0.26 4:-0.46 5:-0.27 6:0.35 9:-0.12 10:0.24 12:0.14 13:-0.37
s:above 0:-0.21 3:0.14 6:-0.12 12:0.12
s:abroad 3:-0.24
s:absolute 0:0.13 1:0.12 2:-0.26 3:-0.31 4:0.31 5:0.13 6:0.27 9:-0.14 12:-0.13
s:accept 0:0.12
s:acceptable 1:-0.13 11:-0.14
s:access 4:-0.1
s:accha 5:0.29
s:accommodation 0:0.25 5:-0.16 7:0.12
s:account 0:0.18 1:-0.22 3:-0.16 5:-0.28 6:0.56 7:0.19 9:-0.13
s:accountant 0:0.23 4:-0.19
s:accurate 1:-0.14 2:0.12 4:-0.12
s:acknowledge 1:0.31 8:-0.14
s:acknowledgement 1:-0.13 4:-0.12 6:0.2
s:across 6:-0.13 12:-0.13
s:acted 1:0.58
s:actual 0:0.37 2:0.23 3:0.14 5:0.32 6:0.34 7:0.37 8:0.25 9:0.23 10:0.12 11:0.11 12:0.49 13:0.61
s:adapt 5:-0.11
s:add 5:-0.19 6:-0.17
s:address 0:0.17 1:0.19 2:-0.14 3:-0.11 5:0.3 8:-0.1
s:adds 0:-0.18 4:0.28
s:adjust 2:0.12 5:-0.11
s:adjuster 0:-0.2
s:adjustment 6:0.14
s:admin 4:0.19 5:0.1 11:-0.13
s:admit 0:-0.28 1:-0.35 5:0.23 6:0.23
s:admitt 1:-0.15 2:0.26
s:adore 1:0.11
s:advance 0:-0.13
s:advertis 2:0.16 5:0.2 6:-0.12 12:-0.12
s:advice 2:1.02 5:-0.3 6:-0.15 7:0.12 9:-0.32
s:advis 1:-0.1 5:0.1
s:adviser 0:-0.19 2:0.75 5:-0.26 13:0.13
s:advisor 0:-0.37 2:0.45 7:-0.14 8:0.1
s:advisorie 6:-0.12
s:afford 3:-0.11 4:0.1
s:after 1:0.19 5:0.46 6:0.13 8:-0.11 10:0.27
s:aftercare 0:-0.15 1:-0.12
s:afternoon 1:-0.27 3:0.35 6:0.28 7:0.18 10:-0.17 11:0.15
s:afterward 0:0.21 1:0.15 3:0.12 5:0.14
s:again 1:-0.18 2:-0.39 3:-0.23 4:0.25 5:0.7 6:-0.19 7:-0.14 8:-0.15 12:-0.18
s:against 1:0.2 2:0.24
s:age 0:0.25
s:agency 1:-0.14 2:-0.24 4:0.17 5:0.12 6:0.25 12:-0.11
s:agent 0:-0.1 1:0.14 2:0.43 3:-0.16 5:-0.16 6:0.42 8:-0.16 9:-0.25 13:-0.39
s:ages 0:0.35 4:-0.18 5:0.11 7:-0.19 11:-0.1
s:ago 0:-0.16 1:-0.12 5:0.2 6:0.38 12:0.15
s:agre 0:-0.26 3:-0.11 5:0.49 6:0.31 8:0.17
s:agree 0:0.11 5:-0.16
s:ahead 0:0.37 1:-0.12 5:-0.24
s:air 5:-0.26 10:0.16
s:airline 0:0.13 6:0.13
s:airport 11:-0.11
s:aisle 0:-0.11 1:0.15 2:-0.14 3:0.36 5:-0.32 6:-0.23
s:alarm 5:0.22 6:-0.3
s:all 0:-0.11 2:0.14 3:0.28 4:-0.43 6:-0.17 7:-0.15 8:0.17 9:0.15 13:0.14
s:allergen 2:0.15
s:allergy 1:0.13 6:0.14
s:allowance 2:0.24 6:-0.18 9:-0.12
s:almost 0:0.39 1:0.24 2:0.15 4:-0.26 5:0.17 6:-0.37 10:0.14
s:alone 4:0.26 5:0.3
s:along 2:0.55 4:-0.18 5:-0.38 9:-0.13
s:already 1:-0.25 2:-0.23 3:0.2 4:0.17 5:0.41 6:0.36 9:-0.1 12:-0.24 13:-0.15
s:alright 5:-0.27 12:-0.15
s:also 2:0.23 4:0.37 7:-0.12 12:0.23
s:alteration 4:0.11 5:0.43 12:0.12
s:alternator 0:-0.12
s:although 0:0.15 5:0.13 6:-0.24
s:alway 0:0.14 1:0.49 2:-0.34 3:0.27 5:-0.29 7:0.14 8:0.31 10:0.15 11:0.1
s:am 0:0.16 4:-0.12
s:amable 0:0.12 1:0.28 2:-0.11 5:-0.28
s:amaz 3:0.29 12:0.15
s:amazin 3:0.58 10:-0.11
s:ambulance 1:0.48
s:amount 2:0.12 5:-0.32
s:an 0:0.37 1:-0.12 2:0.27 5:-0.43 6:0.25 7:-0.12 9:-0.11 10:0.19
s:anaesthetic 2:-0.2
s:ancient 5:0.1
s:and 2:0.27 3:0.22 6:0.22 8:0.41 9:0.37 11:0.23 13:0.27
s:angel 1:0.3
s:angry 4:-0.12 6:0.25
s:animal 1:0.16 2:0.33 5:-0.2 10:0.14
s:anniversary 0:0.14 7:0.1
s:announc 6:0.18
s:announcement 0:0.2 6:0.46
s:annual 0:-0.23 1:0.16 2:-0.11 5:0.37
s:another 0:0.14 1:-0.46 2:0.28 3:-0.27 4:-0.1 5:0.2 6:-0.11 7:-0.17 9:0.15 12:-0.14 13:-0.23
s:answer 0:0.27 1:0.28 2:1.3 3:-0.21 4:-0.7 5:-0.64 6:0.19 8:0.28 11:0.19 12:-0.1
s:antibiotic 1:-0.11 5:-0.11
s:any 1:0.34 2:0.38 4:-0.31 5:-0.65 7:0.14 12:-0.1
s:anymore 5:0.11
s:anyone 0:-0.44 1:0.11 2:-0.2 3:-0.16 4:-0.32 5:-0.14 6:0.31 8:-0.11 10:0.13
s:anyth 1:-0.15 3:-0.26 4:0.12 6:0.23 7:-0.16 11:0.17 12:0.11
s:anyway 1:0.34 5:0.12
s:anywhere 0:-0.13 3:0.25 5:0.16 6:0.44 7:0.1 10:0.26 11:0.11
s:apart 4:-0.33 5:0.26 12:-0.11
s:apologetic 0:0.13 1:0.32 2:-0.18 3:0.28 4:0.14 5:0.2
s:apologis 1:0.33 2:-0.21 3:0.22 5:0.44 6:0.31
s:apologise 0:0.27 1:-0.21 4:-0.15 5:0.11
s:apology 0:-0.37 4:-0.22 6:0.35 12:-0.11
s:app 0:-0.21 1:-0.27 4:0.19 5:0.6 6:0.6 12:-0.17 13:0.17
s:apparent 0:0.36 1:-0.13 9:-0.12
s:appeal 4:-0.11 5:0.65 6:-0.21 12:0.17
s:appear 1:-0.14 6:0.28
s:appli 0:0.39
s:application 2:0.32 6:0.1
s:appointment 0:0.77 2:-0.13 5:-0.19 6:0.15 9:0.12 13:-0.2
s:appreciat 1:0.12 2:-0.31 5:-0.14 6:0.45
s:appreciate 4:-0.12 6:0.12 13:0.13
s:apprentice 1:0.18 2:0.16 5:0.4 6:-0.22
s:apps 2:-0.21 4:0.11 6:0.24
s:april 1:-0.12
s:archive 2:0.21
s:are 1:0.16 2:0.24 5:0.33 6:-0.19 7:-0.15 10:-0.32 11:-0.31 13:-0.35
s:area 1:-0.1 2:-0.14 3:0.22 5:0.5 6:0.13 12:0.13
s:arent 0:0.3 1:-0.2 2:0.19 5:0.24
s:argue 1:0.15 4:0.33 5:-0.19 11:0.26
s:argument 6:0.29 13:0.1
s:arm 0:-0.11 5:0.23 6:0.15
s:around 2:0.27 5:-0.26 6:0.16
s:arrangement 1:0.12 5:0.19 6:0.12 12:0.14
s:arrear 6:0.15
s:arriv 0:0.83 1:-0.25 2:-0.29 5:0.44 6:0.8
s:arrive 0:0.21 1:0.13 4:-0.24 5:0.2 7:0.16 8:0.11
s:as 0:0.14 1:0.38 5:0.16 7:0.11 10:0.21 11:0.33 12:-0.16 13:-0.15
s:ask 0:-0.19 1:0.33 2:0.35 3:-0.23 4:-0.14 8:-0.18 9:-0.39 11:0.1
s:asked 0:-0.75 1:-0.12 2:0.29 3:-0.44 4:-0.45 5:-0.28 6:-0.21 8:-0.22 9:-0.15 12:-0.14 13:-0.15
s:asking 0:-0.29 1:0.15 2:0.19 3:-0.18 4:0.4 5:0.13 12:-0.12 13:0.11
s:asks 2:0.37
s:asleep 1:0.21 5:-0.15 8:-0.14
s:assessment 0:0.24
s:assistance 0:0.13
s:assistant 1:0.36 2:0.42 4:-0.18 5:0.13 6:-0.27 12:0.15 13:-0.17
s:assur 2:0.16
s:at 0:0.3 1:0.44 2:-0.13 3:-0.28 4:0.12 5:-0.24 7:0.15 12:0.13
s:ate 1:0.45
s:attend 0:0.11
s:attendant 1:0.24 2:0.21 6:-0.17
s:attentive 1:0.1 5:0.27
s:audio 5:0.52 12:0.18
s:auditorium 4:0.58 5:0.27
s:august 0:0.4 7:-0.19
s:autism 1:0.12 2:0.38
s:auto 0:0.14 5:0.53
s:automat 2:-0.23 3:0.14 5:0.17 6:0.22
s:available 0:0.2 7:-0.1
s:average 0:0.12
s:avoid 2:-0.11
s:await 6:-0.2
s:awaken 4:-0.17 5:-0.12
s:away 0:0.3 1:0.11 2:0.15 4:0.19 5:-0.31 7:0.17 9:0.2 12:0.13
s:awful 6:-0.18
s:awkward 6:-0.13
s:b 6:-0.14
s:baby 4:0.12 5:-0.14
s:back 0:-0.43 1:-0.16 2:-0.26 3:-0.33 5:0.73 6:0.15 7:0.21 10:-0.22 12:-0.3 13:-0.12
s:background 6:0.26
s:backup 0:0.13 1:-0.1
s:backward 2:0.58
s:bacon 5:0.17
s:bad 1:-0.22 3:-0.22 5:0.16 6:-0.28 7:0.29 11:-0.17 12:-0.19
s:badge 0:-0.11 1:-0.29
s:badly 0:-0.13 5:0.12 6:-0.21
s:badminton 2:-0.12 6:-0.12
s:baffl 0:-0.21
s:bag 0:0.32 3:-0.11 4:0.17 5:-0.36 6:0.22 12:0.3
s:bagg 0:0.27
s:bags 0:0.22 3:0.12 4:0.14 11:-0.2
s:bahut 0:0.12 5:0.13
s:baked 5:0.3
s:bakery 3:0.17 4:0.18 5:0.34 12:0.14
s:balance 1:-0.18 5:0.12
s:balayage 2:0.22
s:ball 0:-0.11 1:0.38 5:-0.28
s:band 1:-0.46 4:0.31 5:0.19 6:0.11
s:bang 0:0.18 1:-0.18 2:0.15 5:-0.13 6:-0.11 7:0.12
s:banister 5:0.1
s:bank 0:0.3 1:0.14 2:-0.28 3:-0.26 4:-0.21 6:-0.21 9:-0.15 11:-0.12
s:banner 0:0.21 2:-0.16 6:0.16
s:bar 0:0.13 1:0.3 2:-0.14 5:0.12 6:0.12
s:barber 1:-0.13 2:-0.12 4:-0.19 5:0.44 6:-0.38 12:-0.19
s:bare 1:0.12 2:0.19 5:0.42 6:-0.27 9:-0.13 12:-0.29 13:-0.2
s:bargain 0:-0.14 4:0.45 11:0.12
s:barista 1:0.12 5:0.19
s:bark 1:0.2 8:-0.11
s:barman 1:-0.24 5:0.16
s:barrier 0:0.17 1:0.13 2:0.2 5:-0.17 6:-0.15 8:0.11
s:base 1:-0.16 5:-0.19
s:basic 0:0.17 1:-0.12 2:0.23
s:basical 3:0.1 5:-0.2 6:0.15 7:0.18
s:basin 0:0.12
s:basket 5:-0.32
s:bath 1:-0.14 4:-0.17 5:0.26 10:-0.18
s:bathroom 1:-0.18 2:0.17 3:0.48 5:-0.25 10:-0.15
s:batter 0:0.41 5:0.13
s:battery 0:-0.43 1:-0.17 2:-0.16 5:0.12 12:0.13
s:bay 0:0.11 5:-0.16
s:bays 5:-0.11
s:be 0:0.27 1:-0.49 2:-0.11 3:0.21 5:-0.38 6:0.36 9:-0.21 13:0.13
s:bead 2:0.29 4:-0.17
s:bean 5:0.25
s:beat 5:0.13 11:0.2
s:beautiful 0:-0.13 3:0.11 4:0.15 5:1.26 12:0.26
s:because 2:0.14 3:-0.25 5:-0.12 7:-0.3 8:0.22 10:0.17 11:0.16 12:-0.29 13:-0.12
s:become 4:0.12 6:0.11
s:bed 0:-0.39 1:0.23 3:0.34 5:0.28 6:-0.1 11:0.16
s:bedroom 5:-0.41
s:beds 0:0.16 5:0.14
s:beef 5:0.16 12:-0.12
s:been 0:-0.15 2:-0.13 3:0.26 4:-0.4 5:-0.2 6:0.2 7:-0.36 8:0.15 10:-0.28 11:0.22 13:-0.23
s:beer 5:-0.16
s:before 0:0.18 1:-0.43 2:-0.15 5:-0.6 6:0.33 7:0.31 10:0.43 12:0.15 13:0.43
s:beforehand 0:0.11 6:0.32
s:behalf 6:-0.21
s:behind 0:0.5 1:0.27 5:-0.33 6:0.16 8:-0.11 9:0.12
s:being 0:0.32 1:0.12 2:-0.27 5:-0.44 6:-0.18 7:-0.26 8:-0.26 13:-0.12
s:believe 0:0.23 1:-0.15 2:0.12 4:0.31 6:-0.16 7:0.19 12:0.11
s:bell 0:0.38 1:-0.11 5:0.27
s:bella 2:-0.18
s:belt 0:0.19 5:-0.12
s:bench 0:0.48 4:-0.15 7:-0.22
s:benefit 1:0.3 2:0.19 5:-0.25
s:bereavement 0:-0.1
s:best 0:-0.27 1:-0.21 2:-0.34 3:-0.72 5:0.46 6:-0.14 7:-0.11 11:0.28 12:0.55 13:0.15
s:better 1:0.3 2:0.15 3:-0.23 5:0.54 6:-0.21 8:-0.11 9:0.2 12:0.26
s:between 0:0.4 1:-0.19 3:0.12 4:0.16 6:0.34 7:-0.19 10:-0.16
s:beyond 0:-0.16 1:0.26 4:0.15 5:-0.33
s:bias 1:-0.33
s:bien 1:-0.2 5:0.42
s:big 1:-0.19 2:0.43 4:0.14 5:-0.18 6:-0.21 9:0.16 11:0.19
s:biggest 0:0.11 5:0.13 6:-0.25
s:bike 5:0.36 9:0.12
s:bill 1:0.15 2:-0.47 3:-0.11 4:0.67 5:-0.28 6:0.74 8:-0.14 11:-0.15
s:bin 0:-0.62 1:-0.14 3:-0.12 5:0.14 13:-0.17
s:bins 0:-0.15 2:-0.26 3:0.17 5:0.94 6:-0.28 10:-0.23 12:-0.35
s:bird 3:-0.13 5:0.53 12:0.13
s:birth 4:-0.1 5:0.15
s:birthday 1:-0.3 6:-0.31
s:bit 2:0.13 4:0.37 5:0.3 6:-0.47 7:0.2 8:-0.12 9:0.19 10:0.25 11:0.11
s:bite 5:0.29
s:bits 5:-0.19 7:0.1
s:bitter 5:0.45
s:black 0:-0.1 1:-0.14 3:-0.1 5:0.55 6:0.25
s:blam 0:0.15
s:blame 0:-0.23 1:0.12 2:0.36 5:0.32 6:-0.19 9:-0.11 12:-0.12
s:bled 0:-0.18 5:0.33
s:bless 5:-0.17
s:blind 0:-0.21 3:-0.2 5:0.19
s:block 0:0.13 5:-0.19 6:-0.31
s:bloke 0:0.19 1:0.49 2:0.1 6:-0.12 7:0.13
s:blood 0:0.23 1:-0.32 2:0.59 3:-0.27 4:0.13 6:-0.33 7:0.22
s:blow 0:-0.19 1:0.12 4:0.11 5:-0.34 11:0.12 12:-0.12
s:blue 0:-0.14 2:0.24 6:0.13
s:board 0:-0.4 1:-0.12 3:0.14 5:0.34 6:0.51 10:0.13 11:-0.13
s:bob 1:0.13 2:0.29 5:0.5
s:bogs 3:0.13
s:boil 12:-0.11
s:boiler 0:0.55 3:0.43 4:-0.13 5:-0.6 6:-0.12
s:bond 1:0.14 2:-0.12
s:bone 2:-0.16 12:0.28
s:book 0:0.59 1:-0.38 2:-0.28 4:0.41 7:0.29 9:0.27 11:0.16 13:0.3
s:bookshop 1:-0.2 2:0.38 5:-0.5 6:0.13 9:0.1
s:boot 5:0.25 12:0.12
s:booth 1:-0.32 3:0.4
s:borrow 4:0.4 5:0.14
s:borrower 0:0.14
s:boss 0:-0.19 1:0.12 2:0.42 6:-0.22
s:bot 0:0.13 2:-0.24 5:0.13 6:0.44 13:-0.19
s:both 0:-0.2 1:-0.12 4:0.16 6:0.19 11:0.19
s:bother 0:0.11 1:0.33 2:0.31 4:0.11 6:-0.13 8:-0.2 9:0.18 11:0.14
s:bottle 3:0.28 4:0.17 11:0.16
s:bought 2:-0.17 3:-0.14 5:0.99 13:0.12
s:bouncer 1:0.2
s:bout 0:0.19
s:box 0:-0.4 2:0.19 3:-0.19 4:-0.53 5:0.42 9:-0.17 12:-0.11 13:0.1
s:boxed 5:0.1
s:boy 8:-0.21
s:brake 1:-0.33 2:0.44 4:-0.17 5:0.17
s:branch 1:-0.19 4:-0.18 5:-0.46 6:-0.12 7:0.26 9:-0.23 13:-0.33
s:brand 0:0.3 3:0.21 4:-0.14 5:0.55 6:-0.19 7:0.11 12:0.16
s:brassy 2:-0.13 5:0.11
s:brave 5:0.25
s:bread 0:-0.13 5:0.47 12:-0.18
s:break 2:-0.3 5:-0.28 6:-0.2 7:-0.12
s:breakdown 0:0.27
s:breakfast 0:-0.18 2:0.18 3:0.13 4:0.65 5:0.76 8:0.14 11:0.11 12:0.12
s:bridal 3:0.23 5:-0.11 6:-0.12 8:0.18
s:bride 5:0.41 6:0.23 13:0.1
s:brief 0:-0.1
s:bright 2:-0.26 3:0.15 4:0.11
s:brighter 5:0.23 6:-0.1
s:brill 0:0.13 1:0.32 5:0.31
s:brilliant 1:0.17 3:-0.15 4:-0.24 5:0.48 8:0.14 9:0.19 13:0.1
s:bring 0:0.33 1:-0.24 2:0.13 4:-0.1 5:0.14 7:-0.12 9:0.11 12:-0.15
s:brisket 0:-0.12 2:0.19 5:0.19 6:-0.16
s:broad 0:0.13 1:0.13 4:0.21 5:-0.15 11:0.12 13:0.14
s:broadband 1:-0.23 3:-0.11 4:0.39 5:0.13 7:-0.12 9:-0.15 11:-0.17 12:0.14
s:brochure 1:-0.14
s:broke 0:0.1 2:-0.11 5:0.11
s:broken 0:0.56 1:0.43 2:-0.2 5:0.29 6:0.14 10:0.13 12:-0.12
s:brought 0:0.13 1:-0.19 2:-0.15 3:0.18 5:-0.25 10:0.18 12:0.15
s:brow 1:0.14 5:0.51 8:-0.13
s:brown 5:0.39 6:-0.11 7:-0.1 12:-0.11
s:brusque 1:0.18
s:budget 0:-0.15 1:-0.11 4:-0.16 11:0.3 12:0.11
s:build 0:-0.11 1:0.48 5:-0.26 6:0.33
s:builder 0:0.21 1:-0.39 2:0.33 4:0.14 5:-0.18 6:0.17 7:-0.12 11:0.16
s:built 1:0.19
s:bulb 1:0.15 2:0.33 5:0.16 6:0.16 13:0.11
s:bulky 4:-0.31 5:0.16 6:-0.15
s:bunch 1:0.22
s:buns 4:0.14
s:burger 5:0.33 10:-0.14
s:burnt 5:0.47 12:-0.16
s:burst 0:0.27
s:bus 0:0.1 1:0.28 4:-0.32 5:-0.61 6:-0.15 8:0.13
s:busiest 5:0.11
s:business 0:0.21 2:-0.23 5:0.17 6:-0.13
s:busy 1:0.53 2:-0.17 5:-0.33 8:-0.12
s:but 0:0.3 1:0.51 2:0.16 3:0.22 4:0.39 5:0.31 6:0.16 7:-0.21 8:0.37 10:-0.14 11:-0.39 12:0.2
s:butcher 0:-0.25 2:0.25 5:0.37 6:-0.25 12:0.12
s:button 1:0.26 5:0.14 8:-0.1
s:buy 0:-0.14 1:0.31 2:0.13 4:-0.12 6:-0.26 11:-0.16
s:buyer 6:0.1 13:-0.11
s:buying 1:-0.23 2:0.13 4:0.24 5:-0.1 11:0.14
s:buzz 1:-0.38 5:0.18
s:by 0:0.46 2:-0.22 3:0.32 6:0.16 7:0.18 8:0.11 9:0.19 10:-0.15 11:-0.12 12:-0.17
s:cabin 5:-0.12
s:cabinet 1:-0.11 3:0.27 5:0.24 12:0.12
s:cable 0:-0.15 1:-0.16 2:0.12 3:-0.13 5:0.4 6:-0.15
s:cafe 1:-0.12 3:0.19 5:-0.22 12:-0.13
s:café 0:-0.14 1:-0.42 2:-0.18 3:0.21 5:0.21 10:-0.18
s:cake 1:-0.21 5:0.73 6:-0.19 12:0.1
s:call 0:0.7 2:-0.65 5:-0.38 6:0.67 8:-0.21 11:0.11 12:-0.22 13:-0.11
s:callback 5:-0.26 6:0.48 7:0.16
s:caller 2:0.19 5:-0.12 6:-0.15 13:0.1
s:calm 0:0.26 1:-0.83 3:-0.19 5:-0.13
s:calmer 0:0.16 1:-0.15 5:0.2 6:-0.19
s:came 1:0.4 4:-0.21 5:0.39 6:0.25 9:0.27
s:camera 0:0.21 1:-0.12 2:0.38 3:0.14 6:-0.14 7:0.11 12:-0.13
s:can 0:-0.13 2:0.32 6:0.16 9:0.12 11:0.22 12:0.16 13:0.36
s:canada 1:0.17
s:cancel 2:0.15 4:-0.26 5:0.31 6:0.26
s:cancell 0:0.35 1:-0.42 2:-0.22 4:-0.4 5:-0.32 6:0.59 7:-0.38 12:0.18 13:-0.29
s:cancellation 2:0.16 4:-0.1
s:cann 6:0.27
s:cannot 9:-0.1
s:cant 0:0.11 1:0.19 2:0.2 3:-0.13 4:0.45 6:-0.3 8:0.3 9:-0.17 11:0.39 12:0.27 13:-0.19
s:canteen 0:-0.31 4:-0.54 5:0.11 6:-0.14
s:car 0:0.37 1:0.25 2:-0.33 3:0.44 5:-0.31 6:-0.12 8:0.18 11:-0.13 13:-0.18
s:carbonara 5:0.17
s:card 1:0.18 2:-0.12 4:0.18 5:-0.29 6:-0.14 8:0.29
s:care 0:0.39 1:-0.6 2:-0.21 7:-0.12 12:0.15
s:cared 1:0.42 2:-0.12 5:0.31 6:-0.19 8:-0.14 12:0.14
s:careful 1:0.33 3:0.2 5:0.42 12:0.11
s:carer 0:0.3 1:0.14 5:-0.23
s:caretaker 1:0.36 2:0.33 5:-0.27 6:-0.23
s:caro 5:-0.11
s:carpet 1:-0.19 3:0.39 10:-0.17
s:carri 1:0.32 3:0.19 12:0.11
s:carrier 5:-0.19 11:-0.2
s:carry 1:0.39 5:0.16
s:cars 0:0.13 5:0.26 6:0.32
s:cartridge 0:0.26 4:0.19
s:cas 1:-0.18
s:case 0:-0.3 1:0.45 2:-0.17 4:0.12 13:0.1
s:cash 5:0.14 6:-0.11
s:cashier 1:0.27 5:-0.47 6:-0.2 8:-0.28 9:-0.12
s:cashpoint 1:-0.24 5:-0.19
s:cast 5:0.35
s:cat 1:0.14 2:0.23 4:0.15 6:-0.11 11:-0.1 12:0.13
s:catalogue 0:0.15
s:catch 0:-0.18 4:-0.2
s:cater 6:0.14
s:cats 0:0.36
s:caught 5:-0.1
s:cctv 0:-0.19 1:0.38 2:0.25 5:-0.11 6:0.44 13:0.11
s:central 0:0.18
s:centre 0:0.39 1:0.55 2:0.39 3:0.16 4:0.19 6:-0.39 7:-0.16 8:0.11 12:-0.15
s:ceremony 5:-0.43
s:certificate 5:0.32
s:cest 1:0.19 4:0.37 5:0.22
s:chain 1:0.37 5:-0.22 6:-0.12 8:-0.17
s:chair 0:0.13 1:0.22 2:-0.12 3:0.16 5:-0.16 6:-0.12 8:-0.17
s:chance 0:-0.45 4:0.36
s:chang 0:-0.32 1:-0.23 2:-0.13 3:0.5 4:-0.16 5:-0.57 6:-0.38 9:-0.11 10:-0.13 11:0.19 13:-0.24
s:change 1:0.7 3:0.22 5:-0.69 6:-0.24 8:0.19
s:channel 0:-0.21
s:chao 3:-0.27 5:0.5 6:-0.12
s:chap 0:0.22 1:0.35 2:0.38 4:0.15 5:0.11 9:0.11
s:charg 0:-0.53 1:-0.31 2:-0.27 4:1.45 5:0.19 9:-0.14 11:-0.2 12:-0.17 13:-0.17
s:charge 0:-0.23 3:-0.48 4:1.35 5:-0.54 6:0.61 7:0.2 9:-0.13 13:-0.27
s:charger 5:-0.2
s:charm 0:0.16 5:-0.17 6:-0.22
s:chas 0:-0.11 4:0.16 5:-0.15 6:0.16
s:chase 1:-0.13 2:-0.24 4:-0.16 6:0.23 7:-0.25 13:0.14
s:chat 0:0.23 1:0.45 3:-0.16 4:-0.15 5:0.24 6:0.45 13:-0.35
s:chatbot 2:-0.18 5:-0.11 6:0.69 13:-0.13
s:chatt 1:0.79 6:-0.12 8:-0.13
s:chatty 6:0.1 12:-0.13
s:cheap 0:0.35 1:-0.49 2:-0.35 3:-0.29 4:1.32 6:-0.33 7:0.12 11:0.13 12:0.19
s:cheaper 0:0.19 2:0.39 3:-0.11 4:0.22 5:0.13 6:-0.16 9:0.13
s:cheapest 0:-0.25 1:0.13 2:-0.56 4:0.63 7:0.12
s:check 1:0.39 2:0.74 3:0.29 4:0.11 5:-0.46 7:0.15 9:0.14 12:-0.13 13:0.21
s:checker 3:-0.12
s:checkout 0:0.83 2:-0.25 3:-0.16 4:0.3 5:-0.56 6:0.63 11:-0.19 12:-0.14 13:-0.14
s:cheer 0:0.18 2:-0.17 3:-0.12 4:-0.13 5:0.18 12:-0.11
s:cheerful 0:0.22 4:0.32 5:0.25 6:0.27
s:cheese 3:0.18 6:-0.11
s:chef 1:-0.12 4:0.21 5:0.54 6:-0.13 8:0.11 10:-0.14 11:-0.12 12:0.11
s:chemist 1:-0.26 5:-0.19 6:0.17
s:cher 1:0.2 4:0.1 5:-0.21
s:chest 2:0.18
s:chew 0:-0.13 1:-0.56 2:0.21 5:0.24 12:-0.12
s:chicken 0:-0.18 3:-0.16 5:0.35 6:-0.14 8:0.14 12:-0.12
s:child 2:-0.18 5:0.33
s:children 0:-0.31 1:0.52 3:0.25 4:0.15 6:-0.33 8:0.16
s:chinese 3:-0.13
s:chip 1:-0.17 2:-0.23 3:-0.25 5:0.88 6:-0.24 11:0.32 12:-0.2
s:chipp 0:-0.17 1:0.15 2:-0.12 5:0.23 6:0.16 12:-0.14 13:-0.1
s:chippy 0:0.32 5:0.13
s:chocolate 1:-0.47
s:choice 6:0.2
s:choos 6:-0.16
s:choose 1:-0.29 6:-0.13 12:0.12
s:christma 0:-0.15 1:-0.73 3:-0.18 5:-0.19 6:-0.34
s:chuck 1:0.26 3:-0.19 5:0.43 12:-0.15
s:chuff 5:-0.11
s:chunk 0:0.19 5:0.12
s:church 0:0.11 2:0.18
s:cigarette 3:0.34
s:cinema 5:0.14 10:0.15 11:0.21
s:cinnamon 4:0.13
s:circle 0:-0.12 6:-0.12
s:citing 2:0.11
s:city 5:0.32
s:claim 0:0.11 2:-0.14 4:0.56 9:0.12
s:clash 2:0.1 6:-0.18
s:class 0:-0.55 2:0.3 3:0.12 6:0.11 7:-0.15 9:0.16
s:clean 0:-0.24 2:-0.28 3:1.28 4:0.26 5:-0.41 6:-0.42 9:0.14 10:0.17 11:-0.23
s:cleaner 1:0.31 3:1.07 4:-0.13 5:0.19 6:-0.19 8:-0.11 10:0.29 11:0.13
s:cleanest 1:-0.2 3:0.23
s:cleanliness 0:-0.21 1:-0.2 3:0.31 4:-0.13 5:-0.2 6:-0.31
s:clear 1:0.68 2:0.44 3:-0.24 4:-0.17 5:-0.25 6:0.89 9:0.11 12:-0.16 13:0.59
s:clearer 2:-0.15 5:-0.12 6:0.27
s:clerk 0:-0.23 1:-0.12 2:0.28 4:0.15 5:-0.29
s:client 0:-0.31 1:0.16 2:0.5 3:0.16 5:0.31 9:0.14 11:-0.15 12:-0.1
s:climb 2:-0.13 6:0.12
s:clinic 0:0.18 1:-0.19 2:-0.13 3:-0.3 4:-0.16 8:0.18
s:clip 4:-0.14
s:clipping 3:0.43 10:-0.22 12:0.18
s:cloakroom 5:-0.65
s:clock 0:-0.33 1:0.14 5:0.23
s:clockwork 0:0.11
s:clos 0:-0.25 1:-0.11 2:-0.2 4:0.22 5:-0.41 6:0.38 13:-0.11
s:close 0:-0.28 3:-0.25 12:-0.12
s:closure 1:-0.21 4:-0.11 5:-0.19 6:0.18
s:cloth 10:-0.13
s:cloud 5:0.36
s:cloudy 3:0.73 10:-0.13
s:club 1:0.22 3:0.11 5:0.37 6:0.38 10:-0.13 12:-0.12
s:clue 1:-0.32 2:0.62 5:-0.23 6:-0.25 9:-0.23
s:clued 2:0.16
s:clueless 2:0.73 5:-0.12 9:-0.19
s:clutch 3:0.25 5:0.19
s:coach 1:0.86 5:-0.11 8:-0.2 12:-0.11
s:coat 0:-0.35 1:-0.14 2:0.14 3:-0.21 5:0.53
s:cobweb 3:0.17
s:cocktail 0:-0.3 4:0.28 5:-0.32 11:0.15
s:code 1:-0.23 5:-0.42 6:0.12 13:-0.19
s:coeliac 1:0.19 5:-0.19
s:coffee 0:0.12 1:-0.22 2:-0.41 4:-0.14 5:0.33 6:-0.21 10:-0.15 12:-0.12
s:coin 0:-0.19
s:cold 0:0.36 1:0.49 2:-0.3 3:-0.3 4:-0.15 5:0.89 6:-0.21 7:-0.27 8:-0.15 11:-0.12 12:-0.28 13:-0.11
s:collar 5:0.12 12:-0.19
s:colleague 1:0.42 2:0.3 5:-0.11 6:-0.33
s:collect 0:0.28 1:-0.28 4:0.46 6:0.2 11:-0.12 12:-0.24
s:collection 1:-0.28 3:0.34 4:-0.37 5:0.53 6:0.14 12:0.3
s:colour 1:0.21 2:0.41 4:0.23 9:0.17
s:come 0:0.18 1:-0.11 4:-0.22 5:0.34 6:0.24 11:0.24 12:0.14 13:0.14
s:comfortable 0:-0.13 5:0.51 10:-0.13
s:comfy 3:-0.35 5:0.31 12:0.12
s:coming 0:-0.26 2:-0.26 5:0.39 6:0.11 11:0.26 13:-0.12
s:comment 0:-0.13 1:0.19 2:-0.2 3:0.33 4:-0.22 5:-0.19 6:-0.18 10:0.3 12:0.11
s:commission 6:-0.13
s:committee 2:0.1 5:0.25
s:communication 6:0.36 13:-0.21
s:community 1:0.19 2:0.29 5:-0.32 6:-0.15
s:company 0:0.26 1:-0.19 2:-0.1 3:-0.46 5:0.14 6:0.5 12:-0.29
s:compar 1:-0.14 2:-0.15 5:-0.23 6:-0.26 7:0.13 11:0.11
s:compensation 0:0.13 6:0.16
s:competent 1:0.2 2:0.17
s:competitor 5:0.58
s:complain 0:0.25 2:0.1 3:0.35 4:0.38 6:-0.11 11:0.3
s:complaint 0:0.6 2:-0.19 4:-0.3 6:0.18 8:-0.14 10:0.23 12:0.28
s:complet 2:-0.13
s:complete 1:-0.15 2:0.26 4:-0.14 5:0.52
s:compliment 1:0.23 5:0.16 12:0.11
s:complimentary 3:0.33 4:-0.68 5:-0.11
s:compost 5:0.3 10:0.11 12:-0.11
s:computer 4:0.16 5:0.13 8:-0.1
s:compétent 2:0.12 4:-0.1 8:-0.12 9:0.11
s:concern 1:-0.22 2:0.15 4:-0.1
s:concourse 6:0.2
s:conference 2:0.12 3:0.11 5:0.1 6:-0.14
s:confidence 1:0.24 6:-0.14
s:confirm 0:-0.19 1:-0.1 2:0.16 3:0.2 6:0.18
s:confirmation 2:0.18 5:-0.14 6:0.54
s:confus 1:-0.18 2:-0.17 4:-0.11 5:-0.2 6:0.48 13:-0.36
s:connect 0:0.3 5:0.38
s:connection 1:0.24 5:0.12 6:0.27
s:consensu 2:0.18 4:0.12
s:consider 2:0.18 4:0.14
s:consistent 2:0.46 5:0.28 13:0.11
s:constant 0:0.25 1:0.33 2:-0.13 4:0.11 5:0.41 7:-0.15 8:-0.11 12:-0.23
s:consult 1:0.2 3:0.24 5:-0.18
s:consultant 5:-0.12 6:0.28
s:consultation 0:-0.26 2:0.4 11:-0.11
s:contact 0:-0.14 2:0.1 4:0.18 12:-0.1
s:contain 2:0.14 5:-0.13
s:contract 0:-0.11 1:0.21 5:-0.35 6:0.21 13:-0.13
s:contractor 3:0.12 6:-0.1
s:contradict 0:0.11 2:0.13 6:0.13
s:contrast 1:0.12
s:control 0:0.27 1:-0.11 6:0.24 13:-0.14
s:convenience 5:-0.19
s:conversation 0:-0.17 8:-0.1
s:conveyanc 5:-0.16
s:cook 0:-0.3 2:0.37 4:0.11 5:0.72 6:-0.38 9:0.18 12:0.24
s:cooler 1:-0.22 2:-0.18 3:-0.11 5:-0.11
s:coordinator 0:-0.29 4:-0.19 5:0.62 6:0.25
s:copier 2:0.14 6:0.23
s:coping 6:-0.14
s:copy 0:0.11
s:corner 0:0.21 2:-0.47 3:0.13 6:-0.15
s:corporate 6:-0.12
s:correct 1:-0.31 2:0.39 4:0.3 5:-0.2
s:corridor 0:0.17 2:-0.17 5:0.16 12:0.11
s:corrod 0:-0.12 2:0.39 5:-0.13
s:cost 0:-0.22 1:-0.4 3:-0.13 4:1.1 6:-0.15 11:-0.17 12:-0.11
s:costume 0:-0.13 5:-0.14
s:cottage 5:0.32
s:couch 5:-0.32
s:could 0:0.1 1:-0.22 2:0.75 3:0.2 4:-0.55 5:-0.21 6:-0.36 7:-0.16 8:0.14 10:-0.11 11:-0.15
s:couldnt 0:0.11 1:0.17 2:0.2 4:-0.12 5:-0.19 6:-0.29 7:0.14 9:-0.18 11:0.17
s:couldve 0:-0.23 2:0.23 3:0.6 5:0.3 6:-0.21 10:0.2
s:council 0:0.27 1:-0.41 2:-0.26 3:-0.38 4:-0.12 5:-0.21 6:0.15 8:0.11 13:-0.11
s:count 1:0.13 3:-0.16 4:0.26 5:-0.3 6:-0.3
s:counter 0:0.21 1:0.26 2:0.11 3:0.43 4:-0.14 5:-0.25 6:-0.42 8:0.12 10:0.14 13:-0.12
s:county 1:-0.18 6:-0.12
s:couple 1:0.11 5:0.14 6:0.16
s:courier 0:0.29 1:0.14 2:-0.37 5:0.49 6:0.12 7:0.24 8:-0.11 12:-0.14
s:cours 5:0.24 6:-0.13 11:0.16 12:0.11
s:course 2:0.4 5:0.25 7:-0.14 9:0.12
s:court 1:-0.12
s:courteou 1:0.36 5:0.22 6:0.15 8:0.24
s:courtesy 5:0.25
s:cover 0:0.1 1:-0.17 2:0.52 3:0.39 5:-0.66 6:-0.22 9:-0.24 12:0.15
s:cowboy 2:-0.35 4:0.41 6:0.44 11:-0.12
s:crack 1:-0.14 2:-0.16 3:-0.1 5:0.78 12:-0.2
s:craft 12:-0.21
s:crash 5:0.23 6:-0.55 7:-0.11 12:-0.13
s:crawl 5:0.16
s:cream 2:0.18 5:0.57 9:0.1 12:0.17
s:credit 0:0.17 1:-0.28 2:-0.1 4:-0.3 5:0.21 6:0.21
s:crept 3:0.11 4:0.18 5:-0.14 6:-0.16 11:-0.1
s:crew 0:0.48 1:0.14 2:-0.16 3:0.18 6:-0.13 10:0.13
s:crewe 6:-0.17
s:cried 5:0.28
s:criminal 5:-0.2
s:cringe 1:0.23
s:crisi 0:-0.11 6:0.16
s:crisp 5:-0.8 9:-0.2 11:0.19
s:criticis 2:0.13
s:criticism 2:0.1
s:crm 6:0.11
s:croissant 4:0.13 5:0.97
s:cross 4:0.2
s:crowd 0:0.13
s:crown 0:-0.12 5:0.52 12:0.1
s:crumb 0:-0.11 1:-0.11 3:0.11 5:-0.63
s:crush 2:-0.18
s:cupboard 4:-0.12 5:0.22
s:cups 3:0.22 5:0.14
s:curly 5:0.21
s:current 2:0.13 4:0.23
s:curry 0:0.18 5:0.49 8:-0.11
s:curt 1:0.21 6:-0.14 8:-0.17
s:custom 1:0.15
s:customer 0:0.12 1:0.28 3:0.15 4:0.17 6:0.85 8:-0.32 12:-0.32
s:cut 3:0.41 4:-0.37 5:0.2 10:-0.22 11:0.16 12:0.17
s:cutlery 1:0.21 2:0.11 5:-0.15 6:-0.11
s:cuts 0:-0.17 5:0.12 6:-0.11
s:cutt 1:0.13 4:0.26 5:-0.15
s:cv 1:-0.26 2:0.24
s:dad 1:0.17 3:-0.1 5:-0.14 7:0.14
s:dads 5:-0.15
s:daft 0:-0.2 5:0.32
s:daily 3:0.3 5:-0.18 6:0.24
s:damag 0:0.17 1:-0.29 5:0.23 12:0.15
s:damage 4:-0.27 5:-0.35 6:0.27 12:0.1
s:damp 1:-0.31 2:0.33 5:-0.72
s:dark 0:0.5 4:-0.14 5:0.33 6:0.11
s:darken 5:-0.14
s:das 1:-0.14 5:0.24
s:date 0:-0.2 1:-0.16 2:0.18 6:0.83 13:-0.11
s:dated 4:-0.1 5:0.19 6:-0.14
s:daughter 0:-0.3 1:0.23 5:0.32 11:0.11 12:0.17 13:0.14
s:dave 0:-0.17 1:0.13 2:0.29 6:0.16 12:0.11
s:day 0:0.46 1:0.17 2:-0.52 3:-0.14 4:-0.26 6:0.63 7:-0.17 9:-0.1 10:0.16 12:-0.17
s:daylight 0:-0.37 4:0.26 5:-0.1 11:-0.13
s:days 0:0.93 1:-0.29 2:-0.48 3:-0.17 4:-0.5 5:-0.33 6:-0.19 7:0.21 11:-0.22 12:-0.27
s:de 4:-0.24
s:dead 0:-0.12 1:0.21 2:-0.12 3:0.21 7:0.11
s:deadlift 2:0.29 5:-0.16
s:deadline 2:0.24 4:-0.21 5:0.22
s:deal 0:-0.21 4:-0.22 5:-0.19 6:-0.1 11:0.18 12:0.12
s:dealer 2:-0.12 5:-0.34 6:-0.17 9:0.14 11:0.12
s:dealership 3:0.3 4:-0.22 5:-0.21
s:dealt 0:0.43 3:0.21 6:-0.18 10:0.11
s:dear 0:-0.13 1:-0.16 4:0.84 5:-0.12 6:-0.12 11:-0.41
s:dearest 4:0.32 11:-0.12
s:debit 4:0.22 5:-0.2
s:decent 1:0.13 4:0.16 5:0.47 11:0.24 12:0.19
s:decid 0:-0.21
s:decide 1:0.15 6:0.16
s:decision 0:0.12 1:-0.26 5:0.28
s:dedicat 5:0.17
s:deep 4:0.13 5:0.2 10:-0.21
s:def 1:0.32 5:-0.11
s:definate 5:-0.18
s:definite 3:0.19
s:defo 0:0.33
s:degree 1:-0.2 13:-0.13
s:delay 0:0.24 1:-0.16 4:-0.12 5:0.4 6:0.77 7:0.11 8:-0.14 13:0.31
s:deli 1:0.16 6:-0.11
s:deliciou 5:0.18
s:deliver 0:-0.29 1:0.43 2:-0.29 5:0.46 6:0.6
s:deliverie 0:0.11 6:-0.11
s:delivery 0:0.87 1:0.16 2:-0.41 3:-0.28 4:0.35 5:0.28 6:0.56 7:-0.32 8:-0.12 10:0.16 11:-0.26 13:-0.25
s:dent 0:-0.23 5:0.28 6:0.13
s:dental 0:0.23 1:0.11 2:-0.2 6:-0.26
s:dentist 12:0.12
s:department 0:-0.14 2:-0.17 4:-0.12 6:0.25
s:departure 5:-0.31
s:depend 0:-0.17 2:0.63 6:-0.54
s:deposit 2:-0.22 4:-0.18 6:0.47 7:0.18 12:0.13
s:depot 0:-0.21 3:-0.37 5:0.17
s:describ 0:-0.16 1:0.27 2:0.37 4:0.19 5:0.1 6:0.24 8:0.13 10:0.27 12:0.24
s:describe 1:0.11
s:description 6:0.15
s:deserve 3:0.13
s:designer 0:0.14
s:desk 1:0.55 2:0.15 3:0.17 5:-0.31 6:-0.46 8:-0.19 13:0.1
s:despite 0:0.35 6:0.14
s:dessert 0:-0.12 3:-0.19 6:-0.15
s:detail 1:-0.12 3:0.11 6:0.4
s:diagnos 2:0.32 6:-0.13
s:diagnostic 1:-0.18 5:-0.43 11:0.16
s:diagram 6:0.21
s:diary 5:-0.13 6:0.29
s:did 0:0.24 4:-0.32 5:-0.15 6:0.42 8:0.26 11:0.27 12:0.25 13:-0.11
s:didnt 1:0.37 2:0.32 7:0.3 9:-0.25 10:0.16 11:0.25 12:-0.15
s:die 6:0.29
s:died 0:-0.4 1:0.28 4:-0.14 5:0.24 6:0.12 13:0.13
s:diesel 5:0.12
s:diet 2:0.14
s:difference 0:-0.33 1:-0.18 2:0.21 4:0.16 6:0.19 13:0.1
s:different 0:-0.3 1:-0.47 2:0.46 4:-0.16 6:0.13 9:-0.36 13:-0.13
s:dignity 0:0.28 1:0.29 5:-0.1
s:diner 1:0.31 2:0.11 5:-0.37
s:dining 6:0.14
s:dinner 0:0.33 2:-0.12 6:0.26
s:dinosaur 0:-0.17 5:0.84 12:0.1
s:direct 1:-0.22 4:0.21 5:-0.19
s:director 4:-0.18 5:-0.14 6:0.14
s:dirt 12:-0.11
s:dirty 0:-0.21 1:0.19 2:-0.24 3:0.24 5:-0.14 8:-0.13 10:-0.17
s:disappoint 0:-0.12 5:0.18
s:disaster 5:0.12
s:disc 5:-0.15
s:discharg 0:0.12 2:0.18
s:discharge 2:0.14
s:discount 0:-0.16 2:-0.14 4:1.03 5:-0.17
s:discounter 4:0.19
s:discuss 1:0.29 2:-0.18 3:0.12 5:0.31
s:discussion 0:-0.46 1:-0.21 2:-0.18 6:-0.25
s:discust 3:0.35 10:-0.1
s:disgrace 3:-0.33 5:-0.1
s:disgraceful 4:0.22
s:disgust 3:0.11 5:-0.14
s:dish 0:-0.14 1:-0.14 2:0.26 6:0.11 9:-0.12
s:dishwater 5:0.18
s:dismissive 0:0.18 1:0.17 2:-0.11 5:-0.38 6:0.21 8:-0.16
s:dispatch 0:0.34
s:dispens 0:-0.14 1:-0.12
s:dispensary 5:-0.25
s:dispenser 0:0.12 6:0.1
s:display 1:0.17 3:0.21 5:-0.14
s:dissatisfaction 6:0.21
s:diy 4:-0.11
s:dj 5:-0.12
s:do 1:0.23 2:0.22 4:0.19 5:0.52 6:-0.17 10:0.11
s:doc 1:0.57 5:-0.15 8:-0.12
s:doctor 0:-0.18 1:-0.4 2:0.36 4:-0.1 5:-0.17 6:0.73 11:-0.13 13:-0.12
s:document 5:0.3 6:-0.14
s:dodgy 0:0.25 2:0.3 5:-0.16
s:does 0:-0.35 1:-0.14 2:0.15 3:0.43 5:-0.26 9:-0.13 10:0.13
s:doesnt 1:-0.22 4:0.2 5:0.33 9:-0.13 11:-0.13 13:-0.31
s:dog 0:-0.34 1:0.26 2:-0.19 3:0.29 4:-0.26 8:0.12 10:-0.11 12:0.1
s:dogs 5:0.55
s:doing 1:0.12 4:0.24 5:0.34 9:0.21 11:-0.1
s:domestic 3:0.2
s:dominant 5:-0.14
s:dominat 0:0.33
s:done 0:0.28 3:-0.14 5:0.18 7:0.23 12:0.24
s:dont 0:-0.11 1:-0.11 2:-0.22 3:-0.15 4:0.33 5:-0.32 6:0.11 7:0.25 11:0.13 12:0.11
s:door 0:0.25 1:-0.19 2:-0.41 5:0.16 6:0.34
s:doorframe 5:0.14 6:0.11
s:dosage 2:0.19
s:dose 2:0.32
s:dot 0:0.35 1:0.36 6:-0.1
s:doubl 4:0.33 5:-0.13 6:0.11
s:double 0:0.22 2:0.16 5:0.3 6:-0.29
s:down 0:0.13 1:0.32 2:-0.5 3:0.46 4:0.19 5:-0.22 6:-0.14 7:0.16 10:0.11 11:0.11 12:-0.25 13:0.23
s:downhill 1:0.23 5:0.21
s:downside 2:0.1 4:0.11 5:0.12
s:dr 1:-0.2 2:0.25 5:-0.27 6:0.15 9:0.22
s:dragon 8:-0.2
s:drain 0:0.26 2:-0.15 5:-0.24 6:-0.16
s:draw 13:0.1
s:dread 2:0.14 5:-0.23
s:dress 0:0.34 1:0.27 2:0.2 3:0.11 5:0.33 7:0.17
s:drew 2:0.17 4:-0.11 6:0.35 9:0.11
s:dried 5:0.37 7:0.11
s:drift 0:-0.16
s:drill 0:-0.49 1:-0.14 2:0.43 3:-0.11 4:0.12 5:0.38 12:-0.2
s:drink 2:0.14 6:-0.16 8:-0.14 11:0.11 12:0.15
s:drip 5:0.34
s:driv 3:-0.39 6:-0.31 8:-0.12
s:drive 1:-0.2 2:-0.13 3:0.4 4:-0.17 6:-0.2 12:0.25
s:driven 1:-0.12 5:0.14
s:driver 0:0.62 1:0.86 2:-0.16 4:0.16 5:0.19 12:-0.14
s:drop 1:-0.3 2:-0.14 3:-0.16 4:-0.54 5:0.26 6:-0.29 9:-0.12
s:dropp 0:0.11 1:-0.17 2:-0.16 4:-0.21 5:0.32 7:0.43 8:-0.1 10:0.3 12:-0.16 13:0.15
s:drove 0:-0.34 1:0.27 5:0.23 12:0.11
s:drug 5:0.1 6:0.13
s:dry 1:0.16 2:-0.14 3:-0.51 4:-0.25 5:0.81 11:0.1 12:-0.12
s:dryer 10:0.18
s:dublin 5:0.13 6:-0.15 11:-0.25
s:due 0:-0.28 1:-0.11 4:-0.12 6:0.4 13:-0.12
s:dug 3:-0.22 5:0.15
s:dump 3:0.11
s:dunno 11:0.1
s:during 0:-0.1 1:0.23 5:-0.14 6:0.11
s:dust 2:-0.16 3:0.41 10:0.21
s:dusty 3:0.15
s:duty 1:-0.2
s:dziękuję 5:0.25
s:e 0:0.42 5:-0.26 7:-0.24 9:-0.11
s:each 1:0.56 2:-0.21 6:0.83 7:0.1 9:-0.15 12:-0.15
s:ear 0:0.24 1:-0.4 4:-0.16 5:0.76 6:0.22 12:-0.22
s:earlier 5:0.17
s:early 0:0.15 1:-0.23 2:0.22 5:0.18 12:0.1
s:earth 0:-0.15 5:-0.24 11:-0.1
s:easi 5:-0.16
s:easier 2:-0.2 6:0.2
s:east 2:0.17 4:-0.13 5:-0.11
s:easter 5:-0.24
s:easy 0:0.23 7:0.18
s:eat 0:0.13 2:-0.12 3:0.19 4:0.11 5:0.18 8:0.11
s:eaten 3:0.25
s:eating 0:0.33 2:-0.13
s:economy 5:0.31
s:eczema 2:0.19 5:0.56 9:0.12 12:0.12
s:edition 0:-0.14
s:effect 2:-0.11
s:eggs 5:0.33 8:0.13
s:egyptian 1:0.17 2:0.24 6:-0.25
s:eight 0:0.86 2:0.37 4:0.21 5:-0.34 6:-0.16 7:0.22
s:either 0:-0.15 1:-0.41 13:-0.11
s:el 5:-0.11 6:0.33
s:elder 1:0.69
s:electric 3:-0.22 5:0.44
s:electrical 0:-0.13 1:0.14 3:-0.25 4:-0.1
s:electrician 0:0.51 1:-0.35 3:0.4 5:-0.38 9:0.12 10:0.12
s:electricity 5:-0.16
s:electronic 5:0.13
s:eleven 0:0.48 1:-0.36 4:0.13 5:0.12 6:-0.13 7:-0.12
s:elm 6:-0.11
s:els 2:0.45 3:0.28 5:0.1 9:-0.13 10:-0.13
s:else 0:0.17 4:0.27 5:0.32 6:-0.34 8:-0.13 9:0.16 11:0.23 12:0.11
s:elsewhere 0:-0.15 1:0.26 5:-0.11
s:email 0:-1.09 1:-0.23 2:-0.45 4:-0.28 5:-0.18 6:2.23 8:0.2 9:0.1 12:-0.13 13:-0.28
s:embarrass 4:0.22 5:0.2
s:emergency 0:0.1 6:-0.13 7:-0.19
s:empti 1:-0.16 3:-0.26
s:empty 0:0.17
s:encourag 0:-0.17 5:0.26
s:end 0:0.15 1:0.15 2:0.31 3:-0.13 4:-0.13 5:-0.12 6:-0.19 7:-0.21 9:-0.11 11:0.19
s:ended 0:0.21 3:-0.11 4:-0.12 5:-0.13 6:-0.2 7:-0.11 9:-0.11 12:-0.11
s:ends 2:-0.16 3:0.35 12:0.19
s:energy 0:0.32 2:-0.12 4:0.19 5:-0.37
s:engag 1:0.18
s:engine 2:0.25
s:engineer 2:0.57 3:0.24 4:-0.21 6:0.33 12:-0.17 13:-0.1
s:english 0:-0.11 1:0.13 2:-0.45 5:0.15 6:0.41 9:0.13 13:0.29
s:enjoy 5:0.25
s:enough 1:0.18 2:0.28 3:0.17 5:0.12 6:-0.26 8:0.16
s:entire 0:0.24 1:0.11 3:0.35 11:0.18
s:entitl 4:0.36 6:-0.19
s:entrance 3:0.11 5:0.14
s:entry 0:-0.15 4:0.14 5:0.33
s:equipment 0:0.32 2:0.13 4:0.25 5:0.24 10:0.11
s:esim 2:0.28
s:especial 0:-0.18 1:-0.15 3:0.24 4:-0.13 5:0.21 6:0.13
s:essen 4:-0.11
s:estate 0:0.27 1:-0.39 2:-0.13 4:0.12 6:0.2
s:estimat 4:-0.23 6:0.14
s:estimate 4:0.24
s:eve 6:-0.13
s:even 0:-0.14 1:0.68 2:0.23 5:0.33 6:-0.44 7:0.28 8:0.11 10:0.27 11:0.25 12:0.21
s:event 0:0.15
s:eventual 0:-0.24 1:0.17 5:0.4 8:-0.1
s:ever 0:0.73 1:-0.25 2:-0.29 4:0.14 5:-0.15 6:0.49 7:-0.19 10:-0.23 11:0.2
s:every 2:-0.14 3:0.41 5:0.19 6:0.14 8:0.24 9:0.15 10:0.35 11:-0.13 13:0.46
s:everyone 1:0.15 2:-0.23 3:-0.18 4:0.14 5:-0.45 6:0.27 8:0.2
s:everyth 0:0.19 1:0.19 2:-0.14 3:0.19 4:0.2 5:0.48 6:0.35 7:0.16 9:0.15 10:0.21 12:0.34 13:0.35
s:everywhere 1:-0.34 3:0.63 4:0.11 5:-0.23 6:-0.1 10:-0.22
s:evidence 3:0.11 6:0.15
s:evryth 5:-0.21 6:0.36
s:exact 0:0.38 1:-0.29 2:0.49 7:0.11 8:-0.15 9:0.5 11:0.3 12:0.26 13:0.4
s:example 5:-0.1
s:excellent 2:0.11 3:0.14 5:0.2 6:0.32 9:0.13 12:0.12
s:excess 4:0.13 6:-0.13
s:exchange 1:-0.21 5:0.2
s:exercis 1:0.18 5:0.38
s:exercise 6:0.24
s:exhibition 5:0.2
s:exist 2:0.17 6:-0.11
s:exit 1:-0.21
s:expect 2:-0.43 3:0.36 4:0.36 5:0.43 7:0.12 11:-0.13
s:expensive 4:0.11
s:experienc 5:-0.19
s:experience 0:-0.19 2:-0.16 4:-0.13 5:-0.38 6:-0.14
s:expert 2:0.46 9:-0.16
s:expir 5:-0.1
s:explain 0:-0.11 1:0.55 3:0.27 4:-0.47 6:1.88 9:0.11 12:0.24 13:0.43
s:explan 1:0.12 2:0.28 5:-0.13 6:0.56 13:0.11
s:explanation 1:0.2 6:0.37
s:express 0:0.88 1:-0.1 2:-0.14 4:-0.16 5:-0.42 7:-0.25
s:extend 0:0.12 2:-0.1 3:-0.14 4:0.27 5:-0.22 6:-0.17
s:extension 0:-0.18 5:0.14
s:extortionate 0:0.11 5:-0.13
s:extra 0:0.36 1:0.25 2:-0.4 3:0.1 4:0.29 5:0.22 6:0.17 7:-0.2 12:0.1
s:eye 0:-0.32 4:0.52 5:-0.28 6:-0.17 11:-0.18
s:eyes 0:-0.15 1:0.18 2:-0.19 5:-0.32 6:-0.18
s:fab 0:0.15 1:0.98 3:-0.11 5:0.13 8:0.21
s:fabric 2:-0.13 5:0.22
s:face 1:-0.25 2:-0.21 5:0.16 12:0.16
s:facebook 0:0.13 5:-0.1
s:facial 5:0.46
s:facilitator 1:-0.13
s:facilitie 0:-0.13
s:factory 2:-0.11 6:0.14
s:fade 5:0.29 11:0.23 12:0.49
s:faded 5:0.3 6:-0.24
s:fail 12:0.12 13:0.21
s:faint 0:0.17 4:-0.21
s:fair 0:0.21 1:0.35 2:-0.17 3:0.28 4:0.47 5:0.73 11:0.61 12:0.22 13:0.17
s:fallen 1:0.12
s:fami 0:-0.15 1:-0.17 4:0.1 5:0.21 12:0.14
s:familie 0:-0.22 2:-0.12 6:0.14 10:0.12 12:0.11
s:famou 5:0.14
s:fan 5:0.13
s:fantastic 1:0.14 3:0.12 4:0.18 5:0.26 6:-0.26 7:-0.21 11:-0.26
s:faq 2:-0.16 5:-0.1 6:0.3
s:far 0:0.25 4:-0.37 6:0.18 7:0.11 8:-0.18
s:fare 0:-0.22 2:0.53 4:-0.16 5:-0.31 6:-0.37
s:farm 5:0.15
s:fast 0:0.84 2:0.12 5:-0.1 6:-0.11 7:0.29 11:-0.16
s:faster 5:0.22 6:-0.22
s:father 0:-0.19 2:-0.14 5:-0.22 6:-0.23
s:fault 1:-0.3 2:0.31 3:0.18 4:-0.16 5:0.11 6:-0.16 7:0.2 9:0.28 10:0.13 12:0.15
s:faultless 3:-0.2 5:0.47 6:0.27
s:faulty 6:0.15 9:0.13
s:favourite 4:0.15 8:-0.15
s:feature 5:-0.19
s:february 2:-0.11
s:fed 2:-0.11 3:-0.23 5:0.17 6:-0.19 11:-0.2
s:fee 0:-0.11 3:-0.16 4:0.98 5:-0.38 6:0.38 11:-0.6 13:-0.1
s:feed 1:0.3 2:0.27 6:-0.25
s:feedback 0:-0.14 1:-0.34 2:0.31 4:-0.1 5:-0.22 9:0.12 13:0.12
s:feel 1:0.64 2:-0.18 5:-0.17 6:-0.35 7:-0.14 10:0.13 11:-0.13 13:0.15
s:fees 0:0.17 1:-0.11 4:1.02 5:-0.19 6:-0.17 10:-0.13 11:-0.34
s:feet 3:0.3 8:0.11 9:0.1
s:fell 1:0.18 4:-0.23 5:0.4 12:-0.19
s:fella 1:-0.23 4:-0.19
s:felt 1:0.2 3:-0.26 4:0.38 6:0.23 11:-0.16
s:fence 0:0.47
s:festival 5:-0.11
s:fetch 1:0.11 6:-0.21
s:few 1:0.14 5:0.27 6:-0.13 11:-0.15
s:fewer 6:0.14 12:0.14
s:fibre 0:-0.31 5:0.32 9:-0.14 12:-0.1
s:field 2:-0.16
s:fifteen 0:0.12 1:-0.16 5:-0.15 6:0.1
s:fifty 2:-0.15
s:fight 1:0.1 2:0.14 5:0.24 6:-0.13 12:0.14
s:figure 1:-0.12 4:-0.19 6:0.17
s:file 6:-0.12
s:fill 0:-0.13 1:0.22 2:-0.1 4:-0.4 5:-0.15 6:-0.2
s:filler 1:-0.14 2:0.26
s:filling 0:-0.19 2:0.37 9:-0.13
s:film 5:0.43 6:-0.2 12:0.16
s:filter 3:0.15 5:-0.15
s:filthy 0:-0.35 1:-0.2 3:0.25 5:-0.57 6:-0.2 10:-0.34
s:final 0:0.26 1:-0.16 3:0.14 4:0.21 5:0.17 6:0.33 7:-0.14 9:0.27 10:0.43 12:0.25
s:finance 0:-0.18 2:-0.12 5:-0.1
s:financial 1:0.12
s:find 0:-0.23 2:0.23 3:0.18 6:0.28 7:0.14 11:-0.18 13:-0.35
s:fine 0:-0.43 1:-0.7 2:0.49 3:-0.38 4:0.51 5:-0.56 6:-0.78 8:-0.12 9:-0.17 11:0.15 12:0.16
s:fined 4:-0.29 5:0.26
s:fingerprint 3:0.11 5:-0.19
s:finish 3:0.25 4:0.14 6:-0.34 8:-0.18 11:0.13
s:fire 0:-0.3 1:-0.18 4:-0.21
s:firm 1:0.17 2:-0.22 4:0.35 5:-0.12
s:first 0:0.14 1:-0.19 2:0.65 3:-0.31 4:-0.16 6:-0.12 7:0.29 8:0.14 9:0.31 12:0.21 13:0.26
s:fish 1:-0.17 2:0.25 3:-0.28 4:-0.13 5:0.25 6:-0.17 12:0.13
s:fit 0:-0.11 1:-0.11 2:0.11 5:-0.19 7:-0.21
s:fits 4:0.11 5:0.35
s:fitt 0:0.47 1:0.2 2:-0.21 3:0.24 5:0.14 7:0.3 10:0.22 11:-0.12 12:0.12
s:fitter 0:0.16 2:0.2 5:0.17 12:-0.11
s:five 0:0.63 2:-0.37 5:0.28 6:0.35 7:-0.3 8:-0.13 12:0.14 13:-0.11
s:fiver 4:0.55 11:0.41
s:fix 0:0.28 1:-0.45 3:-0.3 5:0.71 6:-0.3
s:fixed 0:0.38 1:0.13 2:0.25 3:-0.11 4:0.51 6:-0.26 7:0.15 11:0.33 12:0.19
s:fixture 5:0.12 6:0.24
s:flagg 1:0.15
s:flapjack 5:0.13
s:flash 6:-0.14 9:0.12
s:flat 0:-0.33 2:0.36 3:0.11 4:-0.18 5:0.45 6:-0.2 7:0.14 8:-0.11 11:0.13
s:flawless 5:0.16 12:0.12
s:flea 11:-0.13
s:flew 0:0.15 4:0.12 5:-0.29
s:flie 3:0.21
s:flight 0:0.13 3:0.12 4:0.27
s:flood 0:0.2 2:0.11 3:0.16 5:0.19 6:-0.14
s:floor 3:1.02 4:-0.31 5:-0.66 6:-0.13 10:-0.53 12:0.19
s:florist 5:0.59 6:0.26
s:floss 1:0.1 2:-0.15 5:0.36 6:-0.12
s:flower 3:0.28 5:-0.12 6:-0.11
s:flu 2:-0.1
s:fly 0:0.3 1:-0.29 5:-0.17 11:-0.3
s:foam 6:0.1
s:focu 0:-0.11 4:0.15 5:0.18
s:focus 0:-0.13
s:follow 0:0.42 5:-0.16 6:0.51 7:-0.27 9:0.1 13:-0.2
s:fone 0:0.22 1:0.53 5:-0.18
s:food 0:0.27 2:-0.41 5:1.21 6:-0.47 8:-0.11 10:-0.2 11:-0.19 12:0.24 13:0.11
s:foot 11:0.19
s:football 0:0.11 1:0.15
s:footwell 5:-0.17 6:-0.12
s:for 0:-0.12 1:-0.18 3:-0.16 4:0.45 5:-0.17 7:-0.52 11:0.18 12:-0.3 13:-0.11
s:forever 6:-0.14
s:forget 2:0.15 5:0.18
s:forgot 0:0.39 5:0.7 6:-0.16 12:-0.12
s:forgotten 6:0.14
s:form 0:-0.42 1:0.26 2:0.53 3:-0.1 4:0.11 5:-0.58 13:0.12
s:format 0:-0.11
s:fortnight 0:0.37 2:-0.12 3:0.12 4:0.2 5:0.47 10:-0.11 12:-0.35
s:fortune 4:0.18
s:forty 0:0.25 1:-0.17 2:0.38 4:0.2 5:-0.16 7:-0.19 9:0.11 13:-0.12
s:forum 0:0.12 2:0.11
s:found 0:-0.22 1:0.29 2:0.53 3:0.38 5:-0.41 6:-0.12 8:-0.33 9:0.3 12:0.12 13:-0.16
s:four 0:0.59 1:0.23 2:0.19 4:-0.32 5:0.14 6:0.22 7:-0.37 13:-0.16
s:fourteen 0:0.33 2:-0.13 6:0.49
s:fourth 5:0.11 6:0.14
s:foyer 10:0.17
s:frame 1:-0.31 3:-0.21
s:fraud 0:0.5 1:0.14 5:-0.11 6:0.16
s:free 0:0.47 3:-0.46 4:-0.44 5:-0.4 6:0.12 8:0.14 11:0.17 13:-0.13
s:freehold 2:0.16
s:freez 0:0.15 3:0.21 12:-0.2
s:freeze 0:0.17
s:frend 1:0.18
s:fresh 0:-0.18 1:-0.17 2:-0.12 3:0.35 4:-0.11 5:-0.1 6:-0.19 10:0.38
s:fresher 0:0.21
s:freundlich 0:0.3 1:0.23 5:-0.19
s:friday 0:0.33 1:-0.26 2:-0.25 5:0.26 6:0.13
s:fridge 0:-0.3 3:0.18 5:-0.16 12:-0.13
s:friend 0:0.15 1:1.41 2:0.55 3:0.32 5:-0.4 6:-0.21 8:0.29 13:-0.13
s:friendliest 0:0.13 1:0.4 8:-0.15
s:from 0:-0.35 1:-0.18 2:0.25 3:0.15 4:-0.12 5:-0.22 7:0.18 9:-0.12 11:-0.12 13:-0.29
s:front 1:-0.21 3:0.37 4:-0.2 5:0.38 9:-0.12 10:-0.19 12:-0.14
s:frozen 5:0.49 12:-0.15
s:frustrat 2:0.17
s:frustration 0:0.29 1:0.4 2:-0.15 4:0.3 6:0.12
s:fryer 5:-0.1
s:fuel 3:0.11 5:0.21
s:full 0:-0.45 1:-0.2 2:-0.3 3:0.46 4:0.3 5:0.43 6:0.3 8:-0.12 9:-0.15 11:0.19 12:0.18
s:fully 1:0.29
s:fuming 6:-0.13 7:-0.1
s:fun 1:0.31
s:function 5:0.16 6:0.19
s:fund 0:-0.15 1:-0.13
s:funeral 0:-0.33 1:0.11 4:0.13 5:-0.29
s:fur 3:0.27
s:furiou 5:-0.26 6:0.1 7:-0.11 11:-0.11
s:furniture 0:0.18 5:0.16 6:0.1
s:fuse 0:0.15 1:0.41 3:-0.1 5:0.27
s:fuss 0:0.13 5:-0.18 6:0.35 7:0.14 8:0.15 12:-0.16 13:0.18
s:fussy 1:-0.16 3:0.31
s:g 2:0.27
s:gallery 1:0.35 4:0.2 6:-0.26
s:gallstone 2:0.18
s:game 5:0.19
s:garage 0:0.12 1:-0.28 2:0.35 3:-0.12 5:-0.25 6:0.43 9:0.33
s:garden 1:-0.56 3:0.6 5:-0.36 6:-0.11 12:0.14
s:gardener 0:-0.32 1:-0.37 2:-0.21 3:0.2 4:0.43 5:0.66 6:-0.11 12:0.29
s:gas 0:-0.12 2:0.15 4:-0.38 5:0.24
s:gate 0:0.19 1:0.37 2:-0.16 5:-0.25 8:-0.14 11:0.12
s:gauge 3:0.32 5:0.15 6:-0.17
s:gave 0:0.16 2:0.57 3:-0.12 4:-0.39 5:0.14 6:-0.29 9:-0.26 13:0.19
s:gear 4:0.24 5:0.33 11:0.11
s:gem 0:0.21 1:0.42 6:-0.11 8:0.12 11:0.11
s:general 1:-0.23 4:-0.31 5:-0.13
s:generic 5:0.31 6:-0.19
s:generou 2:0.11
s:geniu 0:0.17
s:gent 3:0.18 5:-0.23
s:gentil 1:0.12 5:-0.22
s:gentle 1:0.18 2:-0.14 5:-0.26 6:0.2 8:0.14
s:gentleman 1:0.12 4:-0.12
s:genuine 0:0.19 1:-0.58 3:0.26 5:0.86 6:-0.12 12:0.13
s:get 0:0.5 1:-0.22 2:0.21 3:-0.21 4:0.27 5:0.28 6:-0.43 7:-0.17 10:0.11 11:-0.14 12:-0.15
s:gets 2:-0.33 4:0.13 5:0.11 6:0.35 11:-0.15 12:-0.16
s:gett 0:0.75 1:-0.19 5:0.17 6:0.48 7:-0.12 9:0.19 13:-0.11
s:gift 5:-0.16
s:girl 0:-0.15 1:0.45 5:-0.56 6:-0.13 12:-0.12
s:give 0:0.26 2:0.15 3:-0.31 4:-0.1 5:0.53 6:0.4 8:0.12
s:given 0:0.32 1:0.25 2:0.29 5:0.13 6:0.28 7:-0.11 12:0.15 13:-0.16
s:giving 2:0.27 6:-0.12 8:0.12
s:glad 1:-0.25 2:0.16 4:0.21 12:0.13
s:glass 2:-0.23 3:0.26 4:-0.35
s:glaucoma 2:0.32 9:0.13
s:gleam 5:0.33 10:0.19
s:glitter 1:0.17
s:glove 3:0.1 4:0.11 5:0.34
s:glow 5:-0.3 6:-0.11
s:glued 0:0.3 1:0.16
s:gluten 2:0.29 5:-0.25 6:-0.1
s:go 1:-0.13 2:0.27 6:0.21 12:-0.24
s:godsend 0:0.31 1:0.22 5:-0.16
s:goes 0:0.21 3:0.2 6:-0.1 7:-0.2
s:going 1:-0.43 2:-0.25 3:0.33 4:0.15 5:0.18 6:0.23 12:0.2
s:gone 0:0.29 2:0.13 3:0.25 5:0.24 6:-0.36 10:0.18 12:0.25
s:good 0:-0.38 1:0.32 2:-0.38 5:0.51 8:0.11 9:0.15 12:0.29
s:goodbye 0:-0.12
s:googl 2:0.28 9:-0.15
s:google 6:0.18
s:gorgeou 4:0.19 5:0.85 12:0.28
s:got 0:-0.2 3:-0.13 5:0.15 6:0.23 8:-0.14 9:0.16 12:-0.24
s:gp 0:0.49 1:-0.28 2:0.31 4:-0.17 5:-0.17 7:-0.17 12:-0.13
s:gps 0:0.14 2:0.32 5:-0.12 6:-0.15
s:gr 0:-0.13 1:0.26 4:0.28 5:0.61 12:0.19
s:grabb 0:-0.25 5:0.26
s:gracia 4:-0.14
s:grand 5:0.23
s:grandad 1:-0.25
s:grandmother 0:-0.22 5:0.27 6:0.24
s:grant 1:-0.13
s:grass 0:-0.17 3:0.11
s:grate 5:0.34 12:0.12
s:grateful 5:0.21
s:gravy 4:0.17
s:grease 5:0.13
s:greasy 3:0.24 5:-0.43
s:great 0:0.29 1:0.11 2:-0.35 3:-0.14 4:-0.11 6:-0.28 7:-0.19 9:-0.2 10:-0.16 11:0.12 13:-0.19
s:green 4:-0.11 5:-0.17
s:greet 1:-0.11 3:0.35
s:grey 0:-0.14 4:0.13 5:0.49 12:-0.15
s:grim 0:-0.11 1:0.13 3:0.82 4:-0.11 5:-0.39 10:-0.27
s:gripe 0:0.27 1:0.17 3:0.23 4:0.2 5:0.1 7:0.15
s:grist 5:0.17 12:-0.11
s:gritt 5:0.27
s:grocery 6:0.1
s:groom 0:0.1 3:-0.14 5:0.33 11:0.16
s:groomer 1:0.14 2:-0.14 5:0.35 6:0.3 12:-0.17
s:gross 3:0.16
s:grotto 1:-0.26
s:grotty 5:-0.16
s:ground 0:0.16 1:0.22 3:0.25 6:-0.16
s:group 0:0.21 1:0.31 2:-0.12 3:-0.19 4:0.23 5:-0.18 6:-0.29 7:0.11 8:-0.11 9:-0.14 10:0.16
s:grout 3:-0.25 5:0.33
s:grow 1:0.21 5:0.15
s:grown 2:0.25 6:-0.14
s:grubby 0:-0.15 3:0.34 5:-0.25 10:-0.18
s:grumble 0:-0.22
s:grumpy 1:0.39 5:0.55 8:-0.12 12:0.1
s:grunt 8:-0.18
s:guarante 0:0.21 4:-0.25 5:-0.15
s:guard 1:0.32 2:0.29 5:-0.35 6:0.22 9:0.12
s:guess 1:-0.23 2:0.17 5:-0.33 6:-0.16
s:guest 1:-0.36 3:0.5 4:0.11 10:-0.23 13:-0.16
s:guide 5:0.92 6:-0.2 12:0.18
s:guitar 0:-0.24 1:0.22
s:gum 1:-0.53 5:-0.12 6:-0.17
s:gums 0:-0.29 1:-0.21 3:-0.11 5:0.48 12:-0.1
s:gut 0:0.36
s:gutter 1:0.25 3:-0.39
s:guy 0:-0.23 1:0.18 2:0.53 3:-0.12 4:-0.32 5:0.18 6:-0.44
s:guys 3:-0.24 5:0.14 12:0.18
s:gym 0:0.26 1:-0.19 2:0.13 3:0.2 4:-0.27 6:-0.28 7:-0.11
s:gyms 2:0.15 4:-0.12 5:-0.25 6:-0.11 11:0.11
s:ha 0:0.53
s:had 1:-0.21 2:0.2 3:0.18 5:0.18 7:0.27 8:-0.13 9:-0.17 10:0.13 11:-0.26
s:hadnt 1:0.33 2:0.28 4:0.17 5:-0.26 6:0.18 9:-0.12 13:-0.17
s:hai 5:0.19
s:hair 0:-0.18 1:-0.18 2:-0.17 3:0.63 4:-0.21 10:-0.11
s:haircut 1:0.26 2:-0.11 5:0.82
s:hairdresser 0:-0.25 1:0.27
s:hake 2:0.1 5:0.13 9:0.1
s:half 2:0.2 3:-0.26 4:0.25 6:0.21 7:0.13 9:-0.19 12:-0.32
s:halfway 0:0.35 5:-0.12
s:hall 2:-0.23 3:0.93 5:-0.31 7:-0.12 10:-0.1
s:hallway 0:0.14 1:0.13 3:0.17
s:halv 4:-0.18 5:0.1 12:0.12 13:0.1
s:ham 1:0.14
s:hand 1:-0.14 2:0.15 3:0.34 4:-0.26 5:0.41 6:-0.14 9:0.17 10:0.12 12:0.1
s:handheld 0:0.16 1:-0.13 6:0.17
s:handl 0:-0.16 1:-0.2 2:0.12 5:0.24 6:0.5 11:-0.11
s:handle 1:-0.34 2:0.28 3:0.43
s:handler 2:-0.14
s:handover 1:-0.14
s:handprint 3:0.24 5:-0.52
s:handset 0:0.3 2:0.42 5:-0.12 9:0.1
s:handwritten 1:0.45
s:handy 0:-0.19 1:0.23 2:-0.15 5:-0.19 6:0.1 8:-0.14
s:hang 0:0.24 2:-0.11 5:0.18 6:0.13 12:0.14
s:hanger 4:-0.37
s:happen 0:0.48 1:0.18 2:-0.63 4:-0.24 5:0.35 6:0.56 13:0.37
s:happi 5:-0.33
s:happy 3:-0.3 4:0.4 5:-0.11 11:0.39
s:hard 0:-0.13 1:0.6 2:-0.14 3:-0.18 5:0.31 6:-0.4 12:0.19
s:harder 0:0.12
s:hardware 3:0.2 4:0.14
s:hardy 5:0.53 12:-0.12
s:has 2:-0.13 4:-0.12 5:0.34 7:0.18 9:0.12 10:0.12 12:0.3 13:-0.1
s:hasnt 2:0.32 4:-0.12 5:0.3 6:-0.41 12:0.15
s:hassle 0:-0.14 5:0.11 7:0.17
s:hatch 5:-0.22 6:-0.22
s:hate 0:-0.16 1:0.48
s:hated 1:0.36
s:have 2:-0.12 3:0.23 5:0.23 6:0.16 7:0.18 11:-0.32 13:0.22
s:havent 0:-0.13 2:-0.12 3:-0.14 5:0.19
s:having 2:-0.16 4:0.29 6:0.33 8:-0.14 11:-0.1
s:he 1:0.35 2:0.29 4:0.14 5:0.13 6:0.14 8:0.19 10:0.33 13:0.22
s:head 0:-0.25 1:-0.51 3:-0.12 5:-0.19 6:-0.27 12:-0.18
s:headach 2:0.21 6:-0.24 9:-0.13
s:headache 5:0.42
s:headphone 0:-0.14 1:-0.11 5:0.11 12:0.13
s:headset 2:-0.32 5:-0.2 6:0.63 13:0.33
s:health 0:-0.24 1:-0.19 3:-0.22 8:0.16
s:healthcare 0:0.29 6:-0.1
s:hear 0:-0.38 2:-0.15 3:-0.13 4:-0.27 5:0.23 6:0.68 11:-0.1 13:0.16
s:heard 2:0.18 5:-0.25 6:0.72 13:-0.16
s:heart 1:-0.16 5:0.17
s:heat 0:-0.15 1:-0.25 5:0.21 12:-0.14
s:heater 0:0.18 5:0.22
s:heav 0:0.18 4:-0.19
s:heavy 1:0.14 5:0.14
s:hed 0:0.15 1:0.54 2:-0.31 5:0.46 6:0.21 7:0.14 8:0.15
s:hedge 0:-0.24 3:0.21 5:0.55 12:0.3
s:hedgehog 2:0.17
s:held 0:0.13 1:0.5 5:0.3 6:0.33 8:0.12
s:hello 1:0.43 5:0.18 6:-0.26 8:-0.14 12:0.15
s:help 0:-0.48 1:0.27 2:0.3 3:-0.17 4:-0.1 5:-0.73 6:-0.12 7:-0.11 10:0.13
s:helpdesk 0:0.23 1:0.23 2:0.39 5:-0.12 6:-0.16 7:0.11
s:helpful 0:-0.32 1:0.73 5:-0.23 6:-0.29 13:-0.2
s:helpfull 0:-0.11 1:0.28 5:-0.18
s:helpline 1:0.24 2:0.41 4:-0.18 5:0.17 7:-0.13 8:0.13 12:-0.11
s:her 0:-0.2 1:0.6 2:0.4 3:-0.2 5:-0.14 6:-0.47 7:-0.18 9:0.22
s:here 0:-0.23 2:-0.42 5:-0.16 6:-0.27 7:0.28 11:0.16 12:-0.17
s:herself 0:0.11 1:0.26 2:0.12 3:0.13 5:0.22 6:-0.16
s:hes 0:-0.53 1:0.14 2:0.18 5:0.45 9:0.14 11:0.13
s:high 1:-0.11 2:0.13 3:0.21 4:0.53 5:0.29 6:-0.2 11:-0.24
s:higher 4:-0.3 6:0.18 10:-0.16
s:him 0:-0.14 1:0.13 2:-0.21
s:himself 0:0.13 1:0.11 2:0.11 3:0.25 5:0.47 12:0.28
s:hinge 1:-0.13 5:0.17 6:0.12
s:hip 1:-0.15 11:-0.15
s:hire 0:-0.31 1:-0.2 3:-0.14 5:0.29 12:-0.22
s:hired 1:0.17 4:0.11 5:0.22 11:0.16
s:hirer 11:0.11
s:his 0:-0.5 1:0.93 2:0.24 3:-0.12 6:-0.33 8:-0.46 9:0.28 11:-0.29 12:-0.15
s:history 5:-0.12 6:0.14
s:hit 1:-0.16
s:hitch 5:-0.13
s:hmrc 0:0.24 2:0.12 4:-0.27 5:0.25 6:-0.21
s:hoist 0:0.3
s:hold 0:1.75 1:-0.3 2:-0.14 3:-0.22 4:-0.29 5:-0.34 6:-0.67 7:-0.18 8:0.11
s:holder 3:0.32
s:hole 0:0.43 1:0.44 5:-0.17
s:holiday 1:0.15 2:-0.11 3:-0.36 5:-0.3 6:-0.18 8:-0.11
s:home 0:-0.37 1:-0.93 3:-0.32 4:-0.27 5:0.25 6:0.31 7:0.11 9:-0.19
s:homemade 5:0.12
s:honest 0:-0.52 1:0.23 2:0.19 3:-0.33 6:0.2 8:0.14 9:0.33 10:0.18 11:0.12 13:0.32
s:honk 3:0.61 10:-0.15
s:hook 5:0.21
s:hoover 0:0.14 3:0.71 4:-0.16 5:-0.14 6:0.18 10:0.44
s:hope 0:-0.24
s:hora 0:0.42 5:0.32
s:hospital 0:-0.42 1:-0.43 2:-0.12 3:-0.11 4:0.28 5:-0.2 6:0.27 11:-0.27
s:host 1:-0.12 2:-0.17 5:0.28 6:0.19
s:hot 0:0.32 6:-0.21 7:0.22
s:hotel 0:-0.15 1:-0.21 2:-0.24 3:0.15 5:-0.25 6:-0.15
s:hour 0:1.06 1:-0.25 2:-0.45 3:-0.11 5:-0.73 6:0.37 7:-0.58 10:0.17 11:-0.21 12:0.13 13:0.11
s:hous 0:0.15 1:-0.13 5:-0.25 6:0.23
s:house 0:-0.13 2:-0.33 4:0.22 6:-0.2 10:0.1 11:-0.11
s:housekeep 3:0.48
s:how 0:-0.48 1:0.2 2:0.36 4:-0.58 5:0.11 6:-0.1 8:0.19 9:-0.13 10:0.19 11:0.14 12:-0.17 13:0.11
s:however 0:0.29 1:0.27 2:0.14 3:0.36 4:0.27 5:0.42 7:0.15 12:0.15
s:hrs 0:1.23 4:0.12 7:-0.27
s:hub 1:0.22
s:huge 6:0.19
s:human 0:0.2 2:-0.13 5:-0.12 6:0.34 13:-0.11
s:hundr 1:-0.21 4:-0.11
s:hung 1:0.2 2:0.1 6:-0.12
s:hunt 0:-0.11 2:0.21
s:hurri 0:-0.2 1:0.11
s:hurry 0:-0.16 1:0.43
s:hurt 5:0.85 12:0.18
s:husband 0:-0.42 1:0.26 2:-0.26 3:-0.12 5:-0.12 8:-0.2 12:-0.11 13:0.12
s:hut 2:-0.1
s:hygiene 1:-0.22 2:-0.1 3:0.42 5:-0.16 10:-0.2
s:hygienist 1:0.41 2:-0.28 3:-0.36 4:0.1 5:0.27 6:-0.24 12:0.13
s:i 1:-0.29 5:-0.37 6:0.13 9:-0.15 11:0.15
s:ice 0:-0.14 1:0.11 5:0.21
s:ich 5:0.1
s:id 0:0.35 1:0.18 2:-0.11 5:0.17 6:0.13 7:0.22 8:-0.15 9:0.2 10:-0.27 11:0.2 12:0.13 13:0.11
s:idea 0:0.22 1:0.12 2:-0.31 5:0.1 6:0.21 9:-0.13 13:-0.16
s:ideal 5:-0.15
s:identical 2:0.11
s:idiot 1:0.24 5:-0.14 8:-0.13
s:if 0:-0.79 1:0.2 2:0.11 3:-0.24 6:-0.43 8:-0.22 10:-0.3 11:-0.29 13:0.12
s:ignor 0:0.32 1:-0.21 6:0.17 12:0.11
s:ignorant 0:-0.29 1:0.31 2:-0.12 5:-0.28 8:-0.16
s:ignore 0:0.11 2:-0.12 6:0.13
s:ill 0:0.25 2:0.16 3:0.17 4:0.17 5:-0.45 6:-0.27 8:0.15 11:-0.12
s:illegal 1:-0.19
s:im 0:-0.19 1:-0.33 3:0.25 4:0.27 5:-0.19 7:-0.2 8:-0.13 9:0.12 10:-0.2 12:-0.14 13:-0.13
s:imagine 5:-0.2
s:immaculate 1:0.12 2:0.11 3:0.9 4:0.33 6:0.15 10:0.55 12:0.14
s:immediate 1:-0.18 2:0.22 5:-0.19 11:-0.14
s:impatient 5:0.13
s:important 0:0.19 6:-0.17
s:impossible 1:-0.16 3:0.29 5:0.17 6:0.33
s:impress 0:0.72 1:-0.24 5:-0.11 6:0.14 7:0.25
s:impressive 0:0.11 3:0.14
s:improv 4:0.18 6:-0.11 7:0.15
s:improvement 0:-0.13 5:0.28
s:in 0:0.42 1:-0.32 2:-0.14 3:0.26 5:0.25 7:0.57 8:-0.14 9:0.24 12:0.23 13:0.1
s:includ 1:0.23 4:0.17 6:0.21 11:0.27
s:include 4:0.2 6:0.1
s:inclusive 2:0.12 5:-0.11
s:incredib 1:0.23 5:0.11
s:incredible 0:-0.12
s:induction 2:-0.13
s:inedible 1:0.13
s:infection 2:0.29
s:info 0:-0.12 1:0.3 2:0.23 6:-0.48
s:inform 3:-0.11 4:0.23 5:-0.21 6:0.38
s:information 0:-0.18 2:0.47 6:-0.31
s:ingredient 2:-0.16
s:inhaler 1:-0.29 5:-0.17 6:0.17
s:injury 2:0.12 5:-0.11
s:ink 0:0.21 4:0.17
s:ins 0:-0.14
s:inside 2:0.28 3:0.14 5:0.1 6:-0.24 7:0.19 8:-0.1 9:0.1 11:0.17
s:insist 2:0.32 5:0.22 9:-0.11
s:inspection 0:-0.4 3:-0.15 5:0.29 6:0.2 12:0.14
s:install 0:0.16 1:-0.26 3:0.12 5:0.31 6:-0.18 12:0.13
s:installation 0:0.22 5:0.21 6:0.45 7:-0.11
s:installer 0:0.31 1:0.11 2:0.2 4:-0.42 5:0.4 6:0.35 10:0.18 12:-0.17 13:0.11
s:instead 2:-0.15 3:-0.12 5:-0.21 6:-0.1 7:0.2 13:0.16
s:instruction 5:0.27 6:0.39
s:instructor 1:0.69 2:0.18 3:0.1 4:0.1 6:-0.38 7:0.12 12:0.15
s:insurance 0:0.15 1:0.21 9:-0.13
s:insurer 0:-0.29 1:-0.14 2:0.11 5:0.37 6:-0.35 12:0.15
s:interest 1:0.15 5:-0.24 8:-0.11
s:interior 0:0.31 1:-0.16 2:0.33 3:0.43 5:0.18 10:-0.1 11:0.15
s:international 2:0.16 6:0.33
s:internet 0:-0.26 1:0.17 2:0.26 5:0.44
s:interrupt 1:0.12 8:-0.14
s:into 1:0.47 4:-0.15 5:-0.27 11:0.12 13:-0.17
s:invite 2:-0.1 5:0.17 6:0.4 13:0.13
s:invoice 4:0.47 5:-0.23
s:iron 12:-0.16
s:is 0:-0.17 1:0.18 2:-0.28 4:0.29 5:0.31 6:-0.16 7:-0.12 12:0.37 13:-0.14
s:isa 2:0.47 6:-0.26 9:-0.19
s:isas 1:-0.23 2:0.28
s:isnt 0:0.23 3:-0.26 5:0.51 7:-0.18 11:-0.23
s:issue 2:0.12 4:-0.18 5:0.11
s:it 1:-0.35 2:0.37 4:-0.27 6:-0.3 8:0.45 10:-0.14 12:-0.24 13:0.14
s:itd 0:0.31 1:0.23 2:-0.17 5:0.15 6:-0.13 7:0.18
s:item 5:-0.16
s:itemis 4:-0.2 6:0.25
s:its 0:0.31 1:0.18 2:-0.4 3:-0.19 6:0.19 7:-0.44 8:-0.21 10:0.11 11:0.29
s:itself 0:0.42 1:0.14 2:-0.25 3:0.23 4:0.3 5:0.66 6:-0.22 10:0.15 12:0.42
s:ive 1:0.13 2:-0.17 3:0.33 4:0.43 5:-0.42 7:-0.12 10:-0.24
s:jab 1:-0.29 5:-0.11
s:jabs 5:-0.11
s:jacket 1:0.32 5:0.29 12:0.1
s:jacuzzi 12:-0.15
s:jade 1:0.15
s:jam 0:0.14 1:-0.12 5:0.54
s:jams 2:0.19
s:january 0:0.56 2:0.19 7:-0.14
s:jargon 2:-0.22 5:-0.37 6:0.43
s:jaw 0:-0.15 1:-0.12 5:0.31
s:jean 4:-0.14 5:0.26
s:job 1:-0.5 2:-0.3 4:0.14 5:0.26 6:0.3 11:-0.12
s:jobcentre 0:0.27 5:-0.17
s:jobs 5:0.12 6:-0.16
s:jobsworth 1:0.13
s:join 2:0.13 4:0.23 5:0.21
s:joke 5:-0.18 6:-0.27 11:-0.16
s:joking 7:-0.11
s:journey 0:-0.11 2:0.17 6:-0.14
s:judg 6:0.12
s:judge 0:-0.18 1:0.15 2:-0.12 3:-0.13 8:-0.11
s:july 0:0.21
s:jump 6:0.15
s:jumper 1:-0.81
s:junction 5:0.24
s:june 2:-0.1 5:0.15 6:0.32 7:-0.13 12:-0.1 13:-0.14
s:junior 6:0.1
s:just 0:-0.41 1:-0.13 3:-0.32 4:-0.42 5:-0.12 6:0.16 8:-0.31 9:-0.22 12:-0.32 13:0.15
s:justify 6:-0.1
s:kam 0:0.71
s:kebab 5:0.47
s:keep 1:0.13 2:0.16 5:0.16 6:0.16 7:-0.15 8:0.11 10:-0.12 12:-0.22 13:-0.13
s:kennel 1:0.16 4:0.11
s:kept 0:0.69 1:0.33 3:0.16 5:0.24 6:0.69 9:-0.22 13:-0.2
s:ketchup 1:0.19 5:-0.13
s:kettle 2:-0.22 4:-0.12 5:0.47 6:0.58 12:-0.17 13:0.25
s:key 1:0.16 4:0.24
s:keyboard 5:0.1 6:-0.17
s:keys 0:0.34 5:-0.12
s:kick 6:-0.11
s:kid 1:0.21 5:-0.1 6:0.14
s:kidney 5:-0.15 8:0.16
s:kids 0:-0.2 1:0.37 3:-0.41 4:0.45 6:-0.21 11:0.21 12:0.19
s:kind 1:0.81 2:-0.23 3:0.31 5:-0.47 6:-0.21 8:0.36 12:-0.14 13:0.14
s:kiosk 0:0.17 5:-0.28 6:-0.24 11:0.18
s:kit 5:0.21 7:0.1
s:kitchen 2:-0.15 3:0.33 4:-0.2 5:-0.16 6:0.12 10:0.1 11:0.11
s:knee 1:-0.28 2:0.18 4:0.1 5:0.42 9:0.11 11:-0.13
s:knew 0:0.14 1:-0.26 2:1.24 3:-0.17 4:-0.16 6:-0.58 9:0.58 11:0.12 12:0.3
s:knock 0:0.32 2:0.23 4:0.28 11:0.21
s:know 0:-0.64 1:-0.4 2:0.54 3:-0.12 4:0.24 5:-0.45 6:0.43 9:0.2 11:0.15 12:0.11 13:0.26
s:knowledgable 0:0.29 1:-0.25 2:0.4 5:0.5 6:0.34 9:0.15
s:knowledge 1:0.16 2:0.11 5:-0.38 6:-0.11
s:knowledgeable 0:-0.13 2:0.84 4:-0.18 5:0.2 6:0.27 9:0.16 13:-0.13
s:known 6:0.17
s:la 0:0.32 1:0.38 2:-0.14 5:0.41 7:-0.1 12:0.13
s:lab 5:0.37 6:0.15
s:label 0:-0.11 2:0.18 8:0.11 9:-0.12
s:labour 0:0.1 4:0.12 6:-0.17
s:lad 0:-0.31 1:0.6 2:0.66 3:-0.58 4:0.14 5:0.34 6:-0.32 9:-0.17
s:ladie 3:0.27
s:lads 0:0.13 1:0.22 8:0.13 12:0.12
s:lady 1:0.58 3:-0.11 5:-0.66 6:-0.21 7:0.13 8:0.17 13:0.22
s:lager 5:-0.11
s:lamb 5:0.33
s:land 6:0.11
s:landlord 0:0.23 1:0.34 3:-0.1 4:0.12
s:landscap 3:0.11 4:0.12 12:0.11
s:landscaper 0:0.14 4:0.34 5:-0.1
s:lane 0:0.15 5:0.46
s:language 6:0.22 13:-0.1
s:laps 5:0.3
s:laptop 0:0.28 1:-0.14 2:0.27 7:0.17 9:-0.18
s:large 0:0.16 5:0.16
s:lasagne 5:0.22
s:last 0:-0.32 1:-0.11 3:0.28 4:-0.12 5:-0.3 6:-0.24 7:0.16 8:0.24 12:-0.28 13:-0.16
s:late 1:-0.34 2:-0.23 4:0.26 5:-0.24 6:0.76 7:-0.33 12:-0.15 13:-0.17
s:later 0:-0.53 1:-0.18 2:0.59 3:-0.13 4:-0.21 7:-0.13 9:-0.29 12:0.13
s:latte 5:0.34
s:laugh 0:-0.18 1:0.24 2:-0.1 3:-0.21 4:0.37 5:-0.1 6:-0.37 11:-0.13
s:launderette 5:0.19 8:0.1
s:laundrette 0:0.17 2:0.18 5:-0.36 6:-0.19 10:0.15
s:law 1:-0.22 13:-0.14
s:lawnmower 4:-0.16
s:lawyer 6:0.22
s:layout 0:-0.42 6:-0.14
s:le 1:0.54 4:0.19 5:0.14 9:0.11 11:0.24
s:leaf 2:0.25
s:leaflet 0:-0.14 1:-0.29 2:-0.21 3:-0.12
s:leak 0:0.19 1:-0.14 2:0.11 3:0.29 12:0.23
s:lean 8:-0.15
s:learn 1:0.1
s:lease 6:-0.15
s:least 6:0.38
s:leather 1:-0.4 3:-0.18 5:0.6 12:-0.13
s:leav 1:-0.53 2:-0.11 3:0.38 5:-0.24
s:leave 1:-0.3 2:-0.14 3:0.5 10:-0.16
s:lectur 1:0.21 2:-0.16 5:0.34 6:-0.22 8:-0.17
s:lecture 1:0.27 2:-0.11 5:0.18
s:lecturer 5:0.44
s:leed 5:-0.17
s:left 1:-0.32 2:-0.43 3:0.93 5:0.43 8:-0.1 9:0.22 10:-0.13 12:0.13
s:leg 5:0.19
s:legal 0:-0.13 6:0.19
s:legend 1:0.86 2:0.17 5:-0.11 8:0.35
s:legroom 5:0.36
s:leisure 1:-0.2 2:-0.27 3:0.14 4:0.13 8:-0.11 11:0.11
s:length 0:0.26 5:-0.16
s:lens 1:-0.18 5:-0.31 6:0.17
s:les 0:-0.16
s:less 0:0.15 1:0.39 2:-0.34 4:0.44 5:-0.19 6:0.15 7:0.13 8:-0.3
s:lesson 0:0.11 1:0.23 8:-0.17
s:let 1:0.25 2:-0.26 6:0.22 8:0.17 12:0.13
s:lets 0:0.16 5:-0.21
s:lett 0:-0.1 2:-0.17 3:-0.12 6:0.24 12:0.14
s:letter 0:-0.15 1:-0.21 2:-0.77 3:-0.19 4:-0.39 5:-0.78 6:1.98 8:0.12 11:-0.11 13:-0.81
s:libary 5:-0.16
s:librarian 2:0.21 5:-0.19 6:-0.16 9:0.13
s:library 1:0.4 2:-0.26 3:0.22 4:-0.14 5:-0.4 6:-0.11 8:0.11 10:0.1
s:licence 4:-0.15 5:0.17 8:-0.15
s:lid 4:-0.25 5:0.16
s:lids 5:0.16
s:lie 5:0.15 6:-0.15
s:life 0:-0.19 1:-0.3 2:-0.24 5:0.22 12:0.32
s:lifeguard 1:0.85 5:0.22 8:-0.27 11:0.1 12:-0.1
s:lifeline 0:0.11 1:0.16
s:lifesaver 0:0.32 2:-0.12
s:lift 2:-0.21 5:0.33 6:0.12
s:light 0:-0.16 5:0.22 6:0.16 12:-0.13
s:like 0:-0.37 1:0.53 2:-0.44 3:0.13 4:0.31 5:0.75 6:-0.29 7:0.37 8:-0.27 10:-0.14 11:0.14
s:liked 1:-0.23 5:-0.2 6:0.2 13:0.12
s:lime 5:0.23
s:limit 2:0.2 6:-0.13
s:limp 0:-0.29
s:limpio 5:-0.13
s:line 0:0.33 1:-0.12 2:0.13 4:-0.43 5:0.45 6:-0.21 7:-0.21 12:0.2 13:-0.1
s:linen 1:-0.12
s:link 0:-0.31 1:-0.12 6:0.71 13:-0.14
s:list 1:-0.16 2:0.22 3:-0.11 4:-0.4 5:-0.15 6:0.13 11:0.17
s:listen 0:0.32 1:-0.38 2:-0.38 5:0.17 6:1.2 9:0.16 13:0.11
s:lit 5:-0.28
s:literal 0:0.11 6:0.11 8:0.19
s:little 0:-0.18 2:0.28 4:0.6 9:0.17
s:live 0:0.12 1:0.13 5:-0.35 6:0.12
s:lived 4:0.29
s:livid 5:0.16 6:-0.17
s:living 4:-0.24
s:load 0:-0.35 2:-0.16 3:0.11 5:0.54 6:0.21 12:-0.23 13:0.13
s:loaf 5:0.17
s:loan 2:0.1 7:-0.14
s:local 0:0.31 2:0.2 4:0.17 5:0.18 6:-0.17 7:0.14 12:0.2
s:location 0:-0.11
s:lock 0:-0.15 1:0.13 2:0.19 4:0.12 5:0.11 6:0.32
s:locker 0:0.15 2:-0.13 3:-0.36 5:0.51 6:-0.16 12:-0.18
s:locksmith 4:0.44 5:-0.39 6:0.38 7:0.13
s:locum 1:0.23 2:0.59 6:-0.11 9:-0.15
s:loft 0:0.12 1:-0.2 5:-0.27 6:-0.23
s:log 5:0.18
s:logg 0:0.22 5:0.16 6:0.13
s:logo 0:0.2 11:-0.12
s:logs 3:-0.15 5:0.17
s:lol 1:0.22 2:0.2 3:0.1 4:0.26 5:0.1 7:-0.15 12:-0.13
s:lola 1:0.13 6:0.7 13:0.11
s:london 1:-0.22 4:0.37
s:long 0:0.8 2:-0.16 4:0.35 5:-0.11 7:-0.16 8:0.14 9:0.17 12:0.13
s:longer 2:-0.17 5:0.12 6:-0.37 13:0.15
s:loo 3:0.32
s:look 0:-0.55 1:-0.25 2:-0.43 3:0.41 5:1.02 6:-0.4 7:0.15 8:-0.33 9:0.15 11:0.12 12:0.58
s:loop 0:0.21 1:0.12 4:-0.1 6:0.19 13:0.16
s:loos 3:0.54 4:-0.14 5:-0.3 10:-0.15
s:loose 4:-0.13
s:lose 8:0.11
s:losing 2:0.11 5:0.56
s:loss 0:-0.21 6:0.13
s:lost 2:-0.33 3:-0.17 4:-0.14 5:0.46 8:-0.12 12:-0.33
s:lot 0:0.17 1:0.32 3:-0.27 4:0.13 5:-0.17 6:0.35 8:0.16 9:0.3 11:-0.12 12:0.2
s:lots 11:0.11
s:lottery 0:-0.12
s:loud 3:-0.34 5:0.41
s:lounge 0:0.1 2:-0.11 3:0.11 5:-0.18 6:-0.11
s:love 0:0.33 1:0.79 3:-0.17 4:0.17 5:0.33 6:-0.13 8:0.55 9:0.12 10:0.14 11:-0.13 12:0.2
s:loved 1:-0.16 2:0.42 3:-0.54 4:-0.17 6:-0.24 7:-0.1 9:0.2
s:loving 5:-0.14 9:-0.2 11:-0.21
s:lovly 5:0.24
s:lower 4:0.14 5:-0.24
s:lowest 0:0.24
s:loyalty 2:0.23 4:0.41 6:-0.33
s:lucki 2:0.32
s:luggage 2:-0.17 5:-0.24
s:luke 0:0.18 5:0.15
s:lukewarm 1:-0.12 5:0.36 12:-0.16
s:lump 0:0.28 5:-0.15
s:lunch 0:0.88 4:-0.1 5:-0.4 6:-0.29 11:0.18
s:lunchtime 0:0.18 1:-0.19 2:0.27 5:0.22 6:0.17 13:0.11
s:lush 1:0.25 5:0.14
s:m 0:0.28
s:machine 0:0.23 1:0.12 6:-0.42 12:-0.32
s:mad 4:0.19 5:0.13
s:made 0:-0.16 2:-0.16 3:-0.33 4:0.14 5:0.15 6:-0.13 8:0.28 9:0.14 12:0.35 13:0.12
s:magazine 1:-0.23 3:-0.16 5:-0.19
s:magnifique 4:0.25 5:0.49 11:-0.12 12:0.13
s:main 0:0.25 1:0.1 2:-0.12 3:-0.12 4:0.26 5:0.22 11:0.11 12:0.25
s:maintenance 2:-0.13 4:0.16 6:0.11
s:mais 1:0.19 4:0.32 11:-0.18
s:make 0:-0.53 1:0.41 2:-0.21 3:0.1 4:0.32 5:-0.53 6:0.26 8:0.24 10:0.13 13:0.24
s:making 0:-0.21 5:-0.23 6:-0.1
s:malaga 5:0.35
s:man 1:0.39 3:-0.23 5:0.11 6:-0.35 13:0.12
s:manag 0:0.15 11:0.11
s:manage 0:0.17 5:0.17
s:management 0:0.2 1:-0.11 2:-0.19 3:-0.16 6:-0.33 7:0.13
s:manager 0:-0.78 1:0.57 2:-0.5 5:-0.39 6:0.74 8:-0.11 11:0.15 12:-0.11 13:0.24
s:manchester 2:0.15 4:0.1 11:-0.24
s:mandatory 5:0.18 6:0.21
s:manner 1:0.77
s:manual 2:0.17 5:-0.11 6:-0.27
s:manufacturer 1:0.27 2:0.23 6:-0.2
s:many 1:-0.34 2:-0.12 5:0.18 6:0.26 13:-0.15
s:map 0:-0.12 5:-0.15 6:0.29 13:0.11
s:march 5:-0.2 6:0.4 7:-0.28 13:-0.24
s:marcu 2:0.16
s:mark 2:0.22 4:-0.23 5:-0.17 11:0.15
s:marvellou 1:-0.13
s:massage 5:-0.23
s:massive 0:-0.26 1:-0.12 5:1.06 11:0.19 12:0.19
s:match 11:0.13
s:mate 0:-0.12 1:0.17 6:-0.13 8:-0.1 11:0.13
s:material 4:-0.25
s:math 2:0.11 4:0.14 5:0.18
s:matinee 3:-0.24
s:mats 3:0.33 5:0.17
s:matter 1:0.18 3:0.11 6:-0.16
s:mattress 1:-0.16
s:maureen 1:0.12
s:may 1:-0.13 2:0.14 4:-0.15 6:-0.19
s:me 0:-0.25 1:0.79 2:0.22 3:-0.51 5:-0.12 6:0.37 8:0.12 10:0.1 11:0.17 13:0.32
s:meal 0:-0.18 5:0.19 12:0.19
s:mean 0:0.45 2:-0.39 4:-0.3 6:0.22 7:0.12 12:0.11 13:0.15
s:meant 1:-0.25 4:-0.26 6:-0.15 9:-0.16
s:meantime 0:0.37 5:-0.25
s:meanwhile 4:0.12
s:measur 0:-0.2 1:-0.2 2:0.19 5:0.23
s:meat 1:0.21 4:0.35 5:0.16
s:mechanic 0:-0.41 1:-0.15 2:0.92 4:0.26 5:-0.53 6:0.33 9:0.13 11:0.18
s:media 6:0.19
s:medication 2:0.37 6:0.39
s:meds 0:0.11 9:0.11
s:meh 0:-0.12 2:-0.13 5:-0.15
s:member 0:-0.28 2:0.1 5:0.63 8:0.23 9:0.11 13:-0.14
s:membership 0:-0.28 1:-0.16 2:0.11 4:0.29 5:-0.21 6:0.46 11:0.15
s:men 1:0.3 2:-0.14 3:0.12 5:0.99 10:0.14
s:mental 0:0.2 6:0.35
s:mention 0:-0.25 2:-0.13 3:0.28 4:0.59 5:0.36 6:0.6 10:-0.12 11:-0.13 13:-0.39
s:menu 0:-0.43 2:-0.24 4:0.23 6:0.89 13:-0.33
s:merchant 6:-0.12 11:0.11
s:merci 0:0.23 1:0.21 5:0.28 12:0.13
s:mess 0:-0.31 1:-0.28 3:0.22
s:messag 1:-0.1 5:0.12
s:message 0:0.11 5:-0.12 6:0.17
s:met 5:0.13 8:0.18
s:metal 1:-0.13 2:0.19
s:meter 0:-0.12 1:0.14 3:0.11 6:0.1 12:-0.1
s:mi 1:0.24
s:microwave 0:-0.33 3:-0.16
s:mid 0:-0.12 2:0.36 4:-0.42
s:middle 1:-0.14 3:-0.1 4:-0.11 5:0.44 12:-0.1
s:midnight 0:0.25
s:might 1:-0.35 5:-0.18 6:0.15
s:mile 1:0.19 3:-0.11 5:0.21 6:-0.19 9:0.11
s:milk 0:0.37 1:0.12 5:-0.14 6:-0.13
s:mill 5:-0.14
s:min 0:0.5 1:0.14 5:-0.33 6:-0.14 7:0.28
s:mind 0:0.19 2:0.17 3:-0.28 4:0.46 5:0.35 6:-0.23 8:0.23 11:-0.1 12:0.21
s:mine 1:0.2 4:0.2 5:-0.14 6:0.29
s:ming 3:0.12 5:-0.17 10:-0.15
s:mingin 3:-0.47 5:0.35 12:-0.16
s:minimum 2:0.14 5:-0.12
s:mins 0:1.22 1:0.18 2:-0.23 3:0.16 4:0.16 5:-0.49 6:0.11 13:-0.11
s:mint 1:-0.15 5:0.63
s:minute 0:0.88 2:0.2 3:-0.35 4:0.21 5:-0.36 6:0.36 8:-0.2 11:-0.22
s:miracle 5:-0.23 6:-0.11
s:miserable 1:0.22 8:-0.11
s:miss 0:-0.64 1:-0.58 2:1 3:-0.72 4:0.15 5:0.98 6:-0.23 7:-0.13 9:0.18 12:-0.22
s:mistake 0:-0.21 6:-0.16
s:mix 6:0.14
s:mixed 0:-0.16 1:0.24 3:-0.23
s:mo 1:0.31 2:-0.15 3:-0.27 5:0.2
s:moan 0:-0.18 4:0.22 5:0.54
s:mobile 2:0.18 5:-0.27 8:-0.11
s:model 0:-0.24 2:0.29 5:0.26 6:-0.26
s:moderator 0:-0.27 1:-0.29 2:-0.18 3:-0.14 4:-0.31 5:-0.76 6:-0.34 9:-0.22
s:modern 1:0.13 3:0.1
s:molto 0:-0.18 1:0.25 5:0.34
s:moment 1:0.11 6:-0.18
s:monday 0:0.61 1:-0.16 2:-0.17 3:-0.2 12:0.11
s:money 0:0.53 3:-0.16 4:0.7 5:-0.11 7:-0.1 12:-0.13
s:monitor 5:-0.16
s:month 1:-0.35 2:0.16 3:0.16 5:0.53 6:0.5 7:-0.16 12:-0.2 13:-0.25
s:mood 1:-0.13
s:moody 1:0.18
s:mop 0:-0.11
s:mopp 12:0.12
s:morale 1:-0.25 6:-0.12
s:more 0:0.3 1:-0.14 2:-0.21 5:0.24 6:0.11 7:0.27 9:0.3 11:-0.1
s:morn 0:0.65 1:0.27 2:-0.38 3:0.14 5:-0.35 6:0.21 7:0.45 8:0.12 13:0.2
s:morning 0:0.11 1:-0.13 3:-0.23 5:0.28
s:mortgage 0:-0.36 1:0.14 3:-0.11 4:0.13 5:-0.36 6:0.25 11:-0.11
s:mortifi 0:-0.11 5:-0.1
s:most 0:0.39 1:-0.4 2:-0.1 4:0.35 5:0.27 6:-0.32 8:0.17 9:0.13 11:-0.16
s:mot 1:0.12 4:0.26 5:-0.8 6:-0.31 11:0.21
s:mother 1:0.46 6:0.27
s:mould 1:-0.12 5:0.16 6:0.11 12:0.13
s:mouldy 0:0.11 3:0.36 5:-0.16 7:-0.11 10:-0.11
s:mouth 8:-0.21
s:move 2:-0.12 4:0.13 5:-0.11 6:-0.1
s:moved 1:0.3 5:-0.32 9:0.16
s:moving 0:-0.2 1:0.17 2:0.12 5:-0.15 6:0.12
s:mr 1:0.17 5:-0.11
s:much 0:-0.23 2:-0.25 3:-0.14 4:-0.34 5:-0.41 6:0.42 8:0.16 10:0.17 12:0.13 13:0.12
s:muck 3:-0.36
s:mud 5:0.56
s:muddy 3:0.16 10:-0.11
s:muito 4:0.2 5:0.19
s:mum 0:-0.24 1:0.29 2:-0.47 6:0.31 8:0.11 12:-0.12 13:0.14
s:mums 0:-0.23 1:0.33 2:0.14 3:0.13 5:-0.11
s:museum 2:0.23 5:-0.27 6:-0.3
s:music 0:0.41 5:-0.25
s:must 2:0.21
s:musty 3:0.66 5:-0.12 10:0.18
s:muy 1:0.73 2:-0.16 5:-0.27 6:0.36 8:0.17
s:my 0:-0.3 3:-0.35 4:-0.17 5:0.33 7:0.21 8:0.19 9:0.16 10:-0.21 11:0.24 12:-0.24
s:myself 0:-0.1 2:0.31 3:0.22 4:0.23 5:-0.13
s:mystery 2:0.13
s:n 0:0.28 1:0.47 3:0.1 4:0.17 5:0.72 6:0.31 10:0.1
s:naan 0:0.4 5:0.3
s:nail 0:-0.41 4:-0.11 5:0.47 6:-0.12 12:0.27
s:name 1:0.55 2:-0.37 3:-0.24 4:-0.19 5:-0.37 7:-0.11 8:0.23 13:0.24
s:named 0:-0.17 1:-0.14
s:nan 5:-0.14
s:nasty 4:-0.31
s:natural 0:0.12 1:0.15 2:0.13 5:0.19
s:nav 1:0.12 5:0.23
s:nd 1:0.11
s:near 0:0.16 1:0.12 3:-0.11 5:0.18 6:-0.41 12:-0.13
s:neat 3:-0.47 5:0.82 12:0.21
s:neck 1:-0.2 2:0.24 5:0.18
s:need 0:-0.46 1:0.3 2:0.77 3:-0.23 4:-0.56 6:-0.69 9:0.3 10:-0.26 12:0.12
s:negative 0:0.2 8:-0.13
s:negotiator 0:0.1 4:0.12 5:-0.14
s:neighbour 0:-0.25 2:0.18 3:0.14 4:0.11 5:0.15
s:neither 0:-0.13 1:-0.13
s:nervou 0:0.11 5:-0.19
s:network 0:-0.39 2:0.14 8:-0.14
s:neuter 0:0.37
s:never 1:0.26 3:-0.48 4:-0.27 5:-0.11 6:0.46 7:-0.15 8:0.2 9:0.23 10:0.22 11:-0.18 12:0.25 13:-0.38
s:new 0:0.42 1:-0.4 2:0.45 3:-0.16 4:-0.27 5:0.4 6:0.13 7:0.27 10:0.35 12:0.21 13:0.4
s:newsletter 0:-0.14 2:-0.26 5:-0.19 6:0.28
s:next 0:0.11 1:-0.3 2:-0.47 3:0.18 4:-0.65 5:-0.17 6:0.37
s:ngl 8:0.19
s:nhs 0:0.3 1:-0.12 3:-0.1 4:0.12 5:-0.14 6:-0.25
s:nice 0:-0.27 1:0.3 2:-0.22 4:-0.15 5:-0.36 8:0.39
s:nicer 1:0.26 5:0.24 8:0.19
s:nick 1:-0.37 2:-0.12 4:-0.17 5:0.65 6:0.25 12:-0.25
s:night 0:0.26 2:-0.25 3:0.18 7:0.21 8:0.13 10:0.17 11:-0.2
s:nightmare 0:-0.3 2:-0.11 3:-0.24 5:-0.14
s:nine 0:-0.16 2:0.31 6:0.1 7:-0.12 13:-0.11
s:ninety 1:-0.34
s:nip 0:-0.14 5:-0.17
s:no 0:0.28 1:-0.23 2:0.29 3:-0.28 6:0.6 7:-0.11 12:-0.16 13:-0.28
s:nobody 2:-0.51 4:-0.39 5:0.23 6:0.96 7:-0.15 9:-0.14 13:-0.82
s:nodd 2:0.1 5:-0.11 8:0.12
s:noise 2:0.18 6:0.31 12:0.25
s:non 0:-0.18 5:-0.12 6:-0.19 8:0.16
s:none 1:-0.18 2:0.2 5:0.12 13:-0.11
s:nonsense 2:0.14 5:-0.18
s:normal 1:0.25 5:-0.4
s:not 0:-0.11 1:0.28 2:0.27 4:-0.21 5:0.41 6:-0.35 8:-0.36 9:-0.26 11:-0.31
s:notch 2:0.1
s:note 0:-0.16 1:-0.24 3:-0.16 4:-0.33 5:-0.44 6:0.32
s:noted 1:-0.2 3:-0.12
s:noth 1:0.23 3:-0.2 4:0.25 7:-0.17 8:0.12 9:-0.2 12:-0.23 13:-0.4
s:notic 0:-0.14 2:0.13 3:0.21 5:-0.14 6:-0.27 12:0.13
s:notice 1:-0.2 4:0.26 5:-0.1 6:0.44 11:-0.2 12:-0.1 13:-0.11
s:noticeab 0:0.13 6:-0.19
s:notification 6:0.37
s:noting 1:-0.2 5:-0.29
s:now 0:0.28 1:-0.17 2:-0.32 3:0.11 4:-0.21 5:0.17 9:-0.11 10:0.23 11:-0.38 13:0.2
s:nowhere 0:-0.16 1:0.38
s:nuisance 0:-0.12 1:0.15 5:-0.18
s:number 0:0.22 4:-0.13 6:0.17 7:-0.12
s:nurs 1:0.48 2:0.28 4:0.29 5:-0.24 11:-0.14
s:nurse 0:-0.15 1:0.53 2:0.28 3:-0.13 4:-0.19 5:-0.39 8:0.37 13:0.12
s:nursery 4:0.23 5:-0.16 6:0.35
s:nutrition 2:0.2 4:0.19 5:0.25
s:nuts 2:0.15 5:-0.15
s:oat 5:0.25
s:obviou 2:0.47 3:-0.14 9:-0.1
s:occasion 4:0.1
s:oclock 5:-0.1
s:october 0:0.54 1:-0.12 2:0.2 3:0.12 7:-0.12
s:odd 0:0.16
s:of 0:-0.28 2:-0.17 3:0.26 5:-0.45 7:-0.22 8:-0.24 10:-0.14 11:-0.13 12:-0.3 13:-0.14
s:off 0:-0.33 2:0.15 4:0.36 6:-0.33 7:-0.12 8:0.26 9:-0.18 10:0.21 11:0.15 12:-0.35
s:offcut 1:-0.11 3:0.33
s:offer 0:-0.14 1:0.32 2:-0.2 5:0.48 11:-0.11
s:offhand 0:0.12 1:0.17 4:0.1 5:-0.2
s:office 0:0.44 4:-0.15 5:-0.42 9:-0.17 12:-0.13 13:-0.26
s:officer 0:0.24 1:-0.34 2:0.28 3:0.17 5:-0.21
s:official 1:-0.12 5:0.15 12:0.11
s:offline 0:0.14 1:-0.15 3:0.14
s:often 1:0.46 3:0.1 5:0.31 11:0.13 12:0.15 13:-0.11
s:oh 0:0.12 1:-0.18 2:-0.17 3:-0.14 4:-0.19 11:-0.12 12:-0.1 13:-0.1
s:oil 3:0.14 5:-0.1
s:ok 0:0.3 1:-0.23 3:-0.23 5:-0.26 7:0.14 9:-0.22
s:old 0:-0.41 1:0.21 2:0.12 5:-0.16 6:-0.48 7:0.12 8:0.16 11:0.15 13:0.1
s:older 1:0.43 2:-0.33 6:0.16 8:0.12 13:-0.31
s:omg 1:-0.29 5:0.19
s:on 0:0.35 2:-0.17 4:0.25 5:0.32 10:-0.13 12:0.14 13:-0.21
s:once 0:-0.16 1:0.39 3:0.39 6:0.18 7:0.27 8:0.22 9:0.19 12:0.42
s:one 1:-0.11 2:0.39 3:-0.2 4:-0.29 5:0.33 6:0.29 8:-0.18 11:0.26 13:-0.14
s:ones 0:-0.38 1:0.16 2:0.4 4:-0.36 6:-0.14 8:0.17 9:0.11 12:-0.12
s:online 0:0.14 3:-0.25 4:0.3 5:-0.18 6:0.37 7:0.44 11:-0.2 13:0.3
s:only 0:0.12 3:0.24 4:0.66 5:0.15 6:0.21 8:0.27 12:-0.15
s:onto 5:-0.21
s:op 0:0.43
s:open 0:-0.32 1:-0.33 2:-0.21 3:-0.33 5:-0.24 6:-0.41 12:-0.18
s:operation 2:-0.14 6:0.2
s:operator 5:-0.15 6:0.28
s:opinion 0:-0.24 2:0.33 4:-0.17 5:-0.25 6:-0.13 8:-0.18 9:-0.17
s:opposite 2:0.26
s:optician 1:-0.36 2:0.46 4:-0.11 6:0.1 9:-0.12 13:0.18
s:option 0:0.11 1:-0.16 2:0.26 4:-0.15 5:0.15 6:0.41 7:0.14
s:optometrist 0:-0.14 1:-0.46 5:-0.19
s:or 2:-0.15 3:0.19 5:0.38 6:-0.13 8:-0.17 12:-0.14 13:-0.18
s:orange 5:0.17
s:order 0:0.92 2:-0.69 3:-0.23 5:0.78 6:0.2 7:-0.11 12:-0.19
s:organic 5:0.16
s:organis 2:-0.16
s:original 0:-0.18 4:0.23
s:other 0:0.22 1:-0.34 2:0.27 5:-0.41 7:0.26 9:0.37 10:-0.14
s:otherwise 0:0.15 1:-0.16 5:-0.25 6:-0.23 9:0.12
s:our 0:0.26 1:0.33 2:0.38 3:-0.18 5:0.3 6:-0.11 10:-0.15 11:0.37 13:0.17
s:ours 5:-0.3
s:ourselve 6:0.23
s:out 0:0.25 1:0.23 2:0.22 3:-0.17 7:0.12 8:0.12 11:-0.21 13:-0.35
s:outcome 1:-0.11 6:-0.21
s:outrageou 4:0.13
s:outs 0:-0.11
s:outside 0:0.18 1:-0.49 2:0.16 3:0.21 4:-0.13 5:-0.12 7:-0.13
s:outstand 4:0.43 5:0.13
s:oven 1:0.15 5:0.52
s:over 0:-0.27 1:0.1 3:0.29 4:0.31 5:0.13 6:-0.13 7:-0.21 8:-0.18 9:0.27 10:-0.28 13:-0.2
s:overall 1:-0.39 2:-0.16 5:-0.26 6:0.17 8:-0.14
s:overdraft 4:0.23 5:-0.12
s:overflow 1:-0.13 3:0.49 5:-0.49 10:-0.2
s:overheard 1:0.39
s:overkill 2:0.17 4:0.13
s:overpric 3:-0.33 4:0.64 5:0.32 11:-0.24 12:-0.23
s:overstay 4:0.23
s:overwhelming 0:0.17
s:own 0:-0.16 1:-0.35 3:0.22 4:-0.16 5:0.31
s:owner 1:-0.18 2:0.25 3:0.12 4:0.16 5:0.32 6:0.11 9:0.11 10:0.29
s:p 0:-0.65 1:-0.28 2:0.13 5:0.37 6:-0.53 9:-0.13 11:-0.3 12:-0.11
s:pace 2:0.11
s:pack 3:-0.19 4:-0.24 5:0.64
s:packag 0:0.17 3:0.15 5:0.12
s:packet 5:-0.28
s:pads 1:-0.34 2:0.21 6:0.31
s:page 0:-0.4 2:-0.15 5:0.23 6:0.67 11:-0.13 12:-0.12
s:paid 1:-0.38 3:-0.43 4:-0.18 5:0.44 7:-0.18 9:0.11 12:-0.13
s:pain 0:0.21 1:-0.33 2:0.46 5:0.49 6:-0.43 12:0.11
s:painful 0:0.21
s:painless 0:0.42 1:-0.17 2:-0.11 3:-0.15 7:0.23
s:paint 0:-0.24 1:0.13 2:0.47 3:-0.29 5:0.47
s:pair 1:-0.21 5:-0.18
s:panel 5:0.18 6:-0.12
s:pant 6:-0.11
s:paper 1:-0.12 3:0.25 4:-0.1 5:0.3 6:-0.11 10:-0.1
s:paperwork 5:0.51 6:0.45
s:par 4:0.25 5:0.24 11:-0.12
s:paragraph 2:0.14
s:paramedic 1:0.32
s:parcel 0:0.12 2:-0.29 3:-0.34 4:0.11 5:0.59 6:0.11 7:0.19
s:parent 0:-0.31 1:0.14 2:-0.38 3:0.15 4:-0.12 6:0.61 9:0.11 11:-0.11 13:0.14
s:pari 5:0.69
s:parish 2:0.21
s:park 0:-0.78 1:-0.44 2:-0.34 3:-0.16 4:-0.29 5:-0.17 6:-0.27 11:-0.43 12:0.17
s:part 1:-0.29 2:0.18 3:-0.2 5:-0.16 9:0.12 13:0.15
s:participant 1:-0.67 2:-0.27 3:-0.27 5:-0.48 8:0.13
s:particular 1:-0.37 5:0.1 6:-0.15
s:party 0:-0.19 1:0.11 11:0.12
s:pass 2:-0.28 4:-0.11 5:-0.68 6:0.33 8:0.11
s:passenger 0:0.17 1:0.36 3:0.2 5:0.21 6:0.2 13:-0.12
s:passport 0:0.56 2:-0.19 4:-0.1 5:-0.41 6:-0.24 7:0.21
s:password 0:0.44 2:0.15 7:-0.12
s:past 0:0.62 2:-0.19 5:-0.12 6:-0.32 7:-0.11 12:0.21
s:pasta 5:0.19
s:pastrie 5:-0.12
s:pastry 2:0.17
s:pasty 3:-0.45 5:0.7 12:-0.12
s:patch 3:0.21 5:0.12 12:-0.12
s:patchy 1:0.19 6:0.17 12:-0.19
s:patel 2:0.18 6:0.1 9:0.12
s:path 0:0.21 3:0.41 5:-0.16
s:patience 1:0.1 6:0.17 8:0.12
s:patient 0:-0.17 1:0.29 4:-0.22 5:-0.36 6:0.22 8:0.25 9:0.13
s:patio 12:-0.13
s:patrolman 5:0.15
s:patronis 1:0.15 8:-0.18
s:pattern 0:-0.36
s:pavement 5:-0.12
s:paws 3:-0.12
s:pay 0:0.11 1:-0.28 2:-0.39 3:-0.15 5:-0.21 6:-0.13 11:0.31
s:paying 0:0.34 1:0.4 4:0.51 5:0.5 6:-0.27 7:0.24 11:-0.5
s:payment 0:0.59
s:payout 5:0.29
s:pcso 2:-0.28
s:peak 0:0.21 1:-0.1 4:0.22
s:pen 2:-0.14 5:-0.17
s:penalty 0:0.25
s:penny 4:0.63 5:-0.46 11:0.58 12:0.15 13:0.11
s:pension 2:-0.14 5:-0.25 6:-0.26 9:0.1
s:pensioner 3:-0.15
s:people 1:0.35 3:0.16 4:0.2 7:-0.12 8:0.15 9:-0.13 10:-0.16 12:0.18
s:per 0:-0.12 4:0.23 5:-0.24
s:percent 5:-0.3
s:perfect 0:-0.28 1:-0.59 3:-0.25 5:1.73 6:-0.22 12:0.71
s:perfecto 0:0.41 5:0.37 7:-0.12
s:permanent 5:0.16
s:permit 4:-0.5 5:-0.17
s:pero 0:0.42 1:0.36 5:0.34
s:person 0:0.1 1:0.35 2:-0.17 4:-0.24 5:-0.14 6:-0.15 9:-0.12 13:-0.26
s:personal 6:0.27
s:pet 0:0.13 1:-0.27 2:0.42 6:-0.18 7:0.12 9:-0.13
s:pharmacist 0:-0.34 1:0.34 2:0.83 4:-0.16 5:-0.38 9:0.34 12:0.14
s:pharmacy 0:0.68 4:-0.18 5:-0.57 6:-0.28
s:pharmasist 2:0.23 5:-0.13
s:phenomenal 5:0.26
s:phlebotomist 2:0.26 5:0.13
s:phon 1:0.14 4:0.2 5:-0.15 9:0.18 13:0.11
s:phone 0:0.65 1:0.72 2:0.15 3:-0.42 5:-0.18 6:0.4 8:-0.33 9:-0.31 12:-0.16 13:-0.22
s:photo 2:0.3 3:-0.23 4:-0.36 5:0.79 6:0.38 9:0.13 12:0.32 13:0.36
s:photographer 5:0.2 12:0.12
s:physical 5:0.15
s:physio 5:0.64 12:0.19
s:physiotherapist 1:-0.13 11:-0.13
s:pick 1:-0.32 2:0.71 5:0.25 6:-0.26 9:0.17 13:0.11
s:pickup 6:0.28
s:picture 3:-0.36 5:0.49 12:0.23
s:pie 1:0.37 5:0.3
s:piece 5:0.67
s:pies 2:0.17 3:-0.38 5:0.12
s:pile 1:-0.19 3:0.42
s:pill 2:-0.12 5:0.38 12:-0.15
s:pillow 3:0.25 5:-0.24
s:pilot 6:0.52
s:pink 5:0.4
s:pint 5:0.32 6:-0.18 12:-0.2
s:pipe 0:0.17 5:0.36 6:0.15 12:-0.13
s:piping 0:0.44 5:0.23 7:0.15
s:pizza 1:-0.45 2:-0.15 4:0.24 5:1.04 6:-0.11
s:place 0:-0.27 2:0.26 3:0.55 4:0.21 5:-0.29 6:-0.34 8:0.28 9:0.26 11:0.38
s:placement 5:0.12
s:plain 2:-0.31 4:-0.16 5:-0.11 6:0.56 13:0.18
s:plan 0:-0.28 2:-0.19 4:-0.16 6:0.13
s:plane 5:-0.18
s:plann 0:0.15 4:-0.17 5:0.12 6:0.15 7:-0.14
s:plant 2:0.2 5:0.31 6:-0.3 12:0.16
s:plaster 2:-0.16 3:0.86 10:0.17
s:plasterboard 1:-0.21 3:0.35
s:plasterer 5:0.2 11:0.11
s:plastic 0:-0.16 5:0.46
s:plate 2:0.11 3:-0.2
s:platform 0:0.21 2:0.2 6:0.13
s:play 0:-0.35 1:0.11 2:-0.22 4:0.49 11:0.14 13:0.15
s:playground 0:-0.21 1:0.18
s:pleasant 0:0.2 1:-0.26 4:0.12 5:-0.18 7:0.13 11:0.11
s:please 0:-0.35 3:-0.1 5:-0.28
s:plumb 1:0.14 6:0.19
s:plumber 0:0.24 2:0.16 3:0.11 8:0.21 9:0.1
s:pm 0:0.34 1:-0.38 2:-0.2 3:0.18 4:-0.25 13:-0.22
s:pocket 5:-0.35
s:point 0:0.19 1:0.18 2:0.22 5:0.4 6:-0.39 8:-0.11 11:-0.25
s:pointless 1:-0.25 2:-0.11 5:0.51 6:-0.11 12:-0.11
s:poland 2:0.11
s:police 0:-0.19 1:-0.31 2:0.21 5:-0.12 6:-0.28 7:-0.2
s:policy 0:0.11 1:-0.13 2:0.39 4:-0.17 5:-0.18 13:0.1
s:polish 0:-0.22
s:polite 0:0.31 1:0.73 3:0.18 4:-0.11 8:0.24 9:-0.11
s:pool 2:-0.1 3:0.98 5:1.16 6:0.31 7:0.12 12:0.13 13:-0.1
s:pop 5:-0.1
s:popcorn 5:0.13
s:popp 0:-0.23 1:-0.28 2:-0.13 5:-0.22
s:port 2:0.16 5:-0.42 11:0.16
s:portal 2:-0.14 6:0.17
s:porter 0:-0.11 1:0.12 3:-0.28
s:portion 0:0.11 1:0.25 4:0.54 5:0.35 11:-0.1 12:0.11
s:positive 0:0.22 1:0.15 2:0.31 7:0.15 9:0.15
s:possible 2:-0.28
s:post 0:-0.16 2:-0.32 4:-0.24 5:-0.14 7:-0.1 8:0.14 12:0.13
s:postage 1:-0.14 4:0.34 5:-0.14
s:poster 6:0.12
s:pothole 0:0.74 2:-0.12 5:-0.12
s:pound 0:-0.12 4:0.6 5:-0.21
s:pour 5:-0.1
s:powder 2:0.21 6:-0.18
s:power 1:-0.34 5:-0.26
s:ppl 11:0.1
s:practice 0:0.15 1:-0.37 2:-0.15 4:0.17 5:-0.53 7:-0.11
s:practise 6:0.16
s:practitioner 5:-0.15 6:0.28
s:prais 0:0.37 1:0.12 2:0.33 3:0.43 4:0.17 5:0.55 13:0.16
s:praise 3:0.1
s:pram 1:0.13
s:pre 2:0.12
s:precise 4:0.14
s:premium 0:-0.15 2:-0.12 4:0.18 5:0.55 11:-0.15 12:-0.16
s:prescrib 2:0.23
s:prescription 2:0.53 3:-0.25 4:-0.17 5:-0.64 6:-0.14 9:-0.25
s:present 5:-0.15
s:press 0:-0.23 5:-0.18 6:0.14
s:pressure 0:-0.3 1:0.73 2:0.13 3:0.16 5:-0.15 8:0.13
s:pretty 0:-0.11 5:-0.13
s:previou 2:0.52 3:0.24 4:-0.12
s:pric 1:-0.18 5:-0.12 11:0.1
s:price 0:-0.18 4:1.46 6:-0.11 7:0.14 9:0.23 11:0.11 12:0.16
s:priceless 1:-0.32
s:pricey 3:0.13 4:0.66 5:0.12 6:-0.46
s:pricier 5:0.22 11:0.12
s:print 1:0.5 2:-0.24 4:0.41 5:0.23 6:0.37 8:-0.12 11:-0.15
s:printer 0:0.44 1:-0.11 4:0.17 5:0.34 6:0.13
s:prior 2:0.1
s:priority 0:0.27 4:-0.3
s:private 0:0.8 1:-0.11 2:0.21 3:-0.11 4:0.48 5:-0.43
s:prix 4:0.89 5:-0.2 11:0.22
s:priya 1:0.26
s:probab 1:-0.21 2:0.22
s:probate 0:0.11 2:0.11
s:problem 0:0.1 1:-0.26 2:0.37 3:-0.12 6:-0.35 13:-0.23
s:process 0:0.33 5:0.28 6:0.19 12:-0.16
s:product 1:0.47 2:0.44 5:-0.16 6:-0.31 9:0.12
s:professional 1:-0.26 3:-0.22 4:0.14 5:-0.32 11:-0.18
s:progress 0:-0.19 1:0.24 5:0.34 6:0.12
s:project 5:-0.16
s:projector 2:0.31 5:-0.19
s:promis 0:0.36 1:-0.34 3:0.17 4:-0.35 5:0.2 6:0.42 7:0.14
s:promise 1:0.11 6:0.12
s:promotion 6:-0.12
s:prompt 1:0.16 5:-0.16
s:proof 5:0.1 6:0.18
s:proper 0:-0.52 1:0.27 2:0.33 3:-0.27 4:-0.33 5:0.3 6:-0.1 7:0.13 8:-0.41 9:0.44 12:0.37
s:property 0:-0.13
s:propre 4:0.21 11:0.12
s:proud 6:-0.22
s:provider 0:0.29 2:-0.15 6:-0.17
s:pt 2:0.42 5:-0.18 9:0.13
s:pub 0:-0.27 1:0.19 8:0.12 11:-0.14
s:public 0:-0.29 5:0.15
s:pudd 0:-0.21 3:-0.16 5:0.22
s:puddle 3:-0.41 5:0.4 12:-0.21
s:pull 0:0.12 1:0.34 2:-0.12 5:0.22 6:-0.1 13:-0.12
s:pump 1:0.11
s:puncture 4:0.46
s:purple 2:-0.26
s:push 0:0.12 1:0.35 4:0.18
s:pushchair 1:-0.16 5:0.37
s:pushy 0:-0.12 1:0.43 2:-0.17 5:-0.23 6:-0.11 8:-0.11
s:put 0:-0.17 1:-0.19 2:0.27 4:-0.17 5:0.26 6:-0.25 10:0.12 11:-0.19 13:-0.1
s:putt 0:0.19 6:-0.15
s:qr 13:-0.12
s:quality 1:-0.13 4:-0.33 5:0.28 6:0.2
s:quarter 0:0.15
s:query 0:0.13
s:question 0:-0.46 1:0.24 2:0.37 3:-0.12 4:-0.14 5:-0.2 13:0.23
s:queu 0:0.83 1:-0.29 2:0.29 5:0.28 6:-0.49
s:queue 0:2.3 1:-0.2 2:-0.48 3:-0.17 4:-0.24 5:-0.41 6:-0.14 7:-0.3 8:0.15 12:0.14
s:quibble 0:0.33 1:-0.15 5:0.15 6:0.18 7:0.17 13:0.16
s:quick 0:0.77 1:-0.26 3:0.11 4:-0.13 5:-0.41 6:-0.34 7:0.19 9:0.15 10:0.15
s:quicker 0:0.27 6:-0.1
s:quickest 0:0.27
s:quid 0:-0.15 1:-0.18 2:0.27 4:0.4 5:-0.3 11:-0.13
s:quiet 3:-0.11 5:-0.11 8:0.13
s:quit 3:-0.26 5:0.11
s:quite 11:0.15
s:quiz 0:-0.23 1:-0.11 3:-0.13
s:quot 0:0.25 2:0.15 3:0.14 4:0.44 5:-0.27 6:0.37 7:0.17 9:0.18 11:0.28 12:0.13
s:quote 1:0.14 3:-0.12 4:0.62 6:0.57 11:0.15
s:r 4:0.15 6:-0.1 11:-0.12 12:0.11
s:rack 0:0.22 5:-0.18
s:rail 2:0.3 5:-0.1 6:-0.1
s:railcard 6:-0.19
s:rain 1:-0.13 5:0.2 6:-0.17
s:rainy 0:-0.13 5:0.17
s:rais 0:0.37 1:0.12 8:0.14 9:0.12
s:raise 6:-0.11
s:ram 2:0.11
s:ramm 0:0.32 4:-0.11 5:0.27
s:ramp 6:0.17 7:-0.12
s:ran 0:0.26 2:-0.25 3:0.17 4:-0.2 5:0.15 6:-0.12
s:rang 0:0.24 1:-0.26 3:-0.12 4:-0.29 5:-0.45 6:0.34 12:-0.14 13:0.32
s:range 1:-0.1 5:0.21
s:rank 0:-0.1 3:-0.19 5:0.31 12:-0.11
s:rare 0:0.45 5:0.24 6:0.28 7:0.17 13:-0.18
s:rash 0:-0.12 1:-0.26 2:0.26 5:-0.1
s:rate 0:-0.16 1:-0.32 2:-0.13 4:0.81 6:0.3 10:-0.18 11:0.13 12:0.12 13:-0.15
s:rated 2:0.18 5:0.25 6:0.16
s:rather 3:-0.1 5:-0.34 6:0.27 11:0.16 13:0.14
s:rattl 1:-0.17 2:0.29
s:rattle 0:-0.2 2:0.28 9:0.12
s:rave 5:0.55
s:ray 0:-0.52 2:0.21 9:-0.14
s:rays 1:-0.13
s:rcd 0:-0.27
s:rd 0:0.52 6:-0.15 7:-0.13 13:-0.1
s:reach 1:0.1 4:-0.19 6:0.13 7:-0.1
s:read 0:-0.18 1:-0.11 2:0.24 4:-0.11 5:0.26 6:0.29 8:0.1 9:-0.33 13:-0.11
s:reader 1:-0.15
s:ready 0:0.23 1:-0.33 2:-0.47 3:-0.1 6:0.18
s:real 1:-0.1 2:0.38 3:-0.29 6:0.17 10:0.11 11:-0.3
s:realis 6:-0.2
s:realtor 0:-0.17 3:-0.14
s:realy 6:0.3
s:reason 1:0.25 3:-0.15 4:0.12 5:-0.25 6:-0.27 11:0.14
s:reasonab 4:0.15 5:0.18
s:reasonable 1:0.36 3:0.3 4:0.65 6:-0.16 11:0.45
s:reassur 1:0.17 2:0.49 9:-0.26
s:rebook 5:0.24
s:recall 5:0.14
s:receipt 1:-0.2 2:-0.25 3:-0.21 4:-0.12 6:-0.23
s:receiv 0:0.19 2:-0.15 6:0.31
s:reception 0:-0.16 1:0.2 3:0.25 5:-0.17 6:0.37 8:-0.27 10:0.1 11:-0.1
s:receptionist 0:-0.12 1:1.34 4:-0.23 5:-0.26 6:-0.29 7:-0.12 8:-0.54
s:reciept 5:0.3
s:recipe 5:0.13 12:-0.12
s:reciptionist 1:0.15 6:0.1
s:reckon 2:0.31 5:-0.27 11:0.11
s:recognition 2:0.19
s:recommend 0:-0.19 1:0.16 2:1.18 3:-0.14 4:-0.17 6:-0.12 9:0.13 11:0.22
s:recommendation 2:0.11
s:record 1:-0.23 3:-0.5 5:0.38 6:-0.35 7:-0.17
s:recovery 5:0.17
s:recurr 1:0.15 8:-0.13 13:0.11
s:recycl 0:0.13 1:0.57 8:0.14
s:red 1:-0.31 3:0.33 12:0.15
s:redid 2:0.16
s:reek 5:-0.17
s:reference 1:-0.11 2:0.15 4:-0.17 5:-0.17
s:referral 2:-0.29 6:0.19
s:refit 2:-0.23
s:refitt 5:-0.29
s:refresh 2:0.1 5:-0.18 6:-0.2
s:refund 0:0.72 3:-0.14 4:-0.3 5:-0.23 6:0.31 12:-0.16
s:refundable 0:-0.17
s:refurbish 6:0.31
s:refurbishment 4:0.12
s:regard 5:-0.25
s:register 1:-0.2 2:0.33 5:-0.21 6:0.27
s:regular 3:-0.1 5:-0.11 6:-0.18 11:-0.16
s:regulation 0:0.13
s:reject 2:0.16 5:0.71 12:-0.13
s:relative 0:0.23 1:-0.11 3:0.14 5:-0.17
s:reliability 6:0.1
s:reliable 5:-0.11 6:0.17
s:relief 0:0.13 3:0.2 4:0.11 12:0.11
s:remain 5:0.19
s:remember 0:0.12 1:0.54 2:-0.2 5:-0.16 6:-0.25 8:0.16 12:0.13
s:remind 1:0.15
s:reminder 0:-0.17 1:-0.29 2:-0.1 5:-0.12 6:0.22
s:remote 0:-0.13 5:0.14
s:removal 0:0.14 1:0.19 4:0.17 5:0.41 8:0.17
s:renew 1:-0.18 4:0.29 5:0.25 6:0.14
s:renewal 4:0.11 5:-0.21 6:0.11
s:rent 4:0.14 11:-0.14
s:rental 0:-0.16 5:-0.12
s:reopen 1:-0.2
s:rep 1:0.37 2:0.22 5:-0.21 8:-0.16
s:repair 1:-0.1 2:-0.3 4:0.13 5:0.5 6:0.63 7:0.24 11:0.19 12:0.16
s:repay 5:0.21 7:0.16
s:repeat 0:0.18 1:0.15 2:-0.21 5:-0.55 6:0.27 13:0.12
s:repeated 0:0.15 2:0.14 4:-0.17 6:0.13 7:-0.11 13:-0.1
s:replac 0:0.24 5:0.57 6:-0.18 12:-0.13 13:0.22
s:replacement 2:0.11 4:0.2 5:0.51 6:0.39 7:0.12 8:-0.17 12:-0.22 13:0.23
s:repli 0:0.53 5:0.46 6:0.31
s:replie 0:0.1 5:0.29 6:0.24 13:-0.11
s:reply 0:-0.68 2:-0.17 4:-0.12 5:0.21 6:0.75 12:0.16 13:-0.24
s:report 0:0.64 5:0.25 6:-0.36 7:-0.15
s:reprint 6:0.21
s:reptile 5:-0.23
s:request 0:0.21 2:-0.2 4:-0.14
s:rescue 1:0.2
s:reserv 0:0.19 6:0.16
s:reservation 0:0.15 5:0.33
s:reserve 0:0.15
s:reset 0:0.34 7:-0.12
s:resett 2:0.15
s:resident 0:-0.32 2:-0.23 5:0.34
s:respectful 1:0.34 8:0.11
s:response 1:0.36 6:-0.24 8:-0.13
s:rest 0:0.13 2:0.29 5:-0.13 6:-0.17
s:restaurant 0:0.25 1:-0.32 5:0.15 6:0.18 12:-0.18
s:restock 0:-0.11 3:0.24 5:-0.11
s:restor 0:0.12 8:0.19
s:result 0:0.23 1:-0.21 3:-0.24 4:-0.17 12:0.14
s:retail 5:0.14
s:retailer 0:0.15 5:0.27
s:return 1:-0.41 2:-0.13 13:0.1
s:review 0:-0.22 2:-0.17 3:0.18 6:-0.15 11:0.13 12:0.18
s:rewir 2:0.1 3:0.2 9:0.14 10:0.1
s:rhyme 4:0.14 5:0.36
s:rice 0:0.43 5:0.27 6:-0.16 12:-0.11
s:rider 6:0.12
s:ridiculou 1:0.22 4:-0.11 5:-0.11 6:-0.13
s:right 1:-0.12 2:0.74 4:-0.18 5:-0.17 6:-0.24 9:0.26 13:-0.11
s:ring 1:-0.22 2:-0.3 3:-0.2 5:0.74 6:1.08 7:-0.24 12:-0.37 13:-0.33
s:rip 3:0.29 4:0.25 5:-0.21 11:-0.16
s:ripp 0:-0.12 5:0.11
s:rise 1:-0.12 2:-0.14 4:-0.19 6:0.45 13:-0.14
s:risen 5:0.1
s:risotto 5:0.26
s:rly 6:0.22
s:road 0:0.14 1:-0.77 3:-0.32 6:-0.34 7:-0.16
s:roadside 5:0.24
s:roast 0:-0.1 1:-0.14 4:-0.15 5:0.41 12:0.1
s:robbery 0:-0.37 4:0.4 5:-0.15 11:-0.16
s:robe 4:0.2 6:0.16
s:robot 0:0.19 7:0.11
s:rock 5:0.59
s:roll 0:-0.32 2:-0.15 3:0.51 4:-0.18 6:-0.24 8:-0.14
s:rome 5:0.17
s:rong 2:0.24 5:-0.22
s:roof 1:-0.19 2:0.31 3:-0.12 4:-0.32 5:0.45 6:-0.14 9:0.23 12:0.22
s:room 0:-0.36 2:-0.12 3:1.03 4:-0.12 5:-0.3 7:-0.2 8:0.12 9:0.13 12:-0.19 13:-0.12
s:rota 1:-0.35 2:-0.22 4:-0.13 5:-0.27 6:-0.42 7:0.11
s:rough 0:-0.25 1:-0.33 4:-0.28 5:0.92 12:-0.26
s:round 0:0.59 2:-0.12 4:-0.17 5:-0.27 6:0.12 11:0.26 12:0.11
s:route 1:-0.12 4:0.17 6:-0.31 11:-0.12
s:router 1:-0.11 2:0.16 6:0.21 8:0.1 11:-0.12
s:routine 4:0.15
s:row 0:-0.13
s:rubbery 5:0.11 8:0.12
s:rubbish 0:-0.46 1:-0.39 2:-0.1 5:0.85 12:-0.18
s:rubble 0:0.17 3:0.22
s:rubish 5:0.76
s:rude 1:0.94 2:-0.44 3:-0.14 4:-0.2 5:-1.05 6:-0.64 8:-0.65
s:ruin 1:-0.16 2:-0.15 5:-0.15
s:rule 1:-0.52 2:0.25 5:-0.22
s:run 0:0.11 1:0.18 8:0.14
s:rung 0:0.17
s:runn 0:0.2 2:-0.32 3:-0.27 4:-0.15 5:0.73 6:0.65 7:-0.18 12:-0.23
s:runs 0:0.15 1:0.17 4:0.16
s:rush 0:-0.79 1:0.78 2:-0.34 3:-0.16 5:-0.12 6:0.29
s:rye 5:0.27 12:-0.12
s:rápido 0:0.17
s:s 3:-0.11 5:-0.2
s:sadly 0:0.11 3:0.13 5:0.12 12:-0.12
s:safe 2:0.44 5:0.54 12:0.14
s:safety 3:-0.23
s:said 1:0.46 2:0.36 3:-0.14 5:-0.29 6:0.75 7:0.16 8:-0.18 9:-0.22 13:-0.25
s:salad 3:0.22
s:sale 2:0.22 3:-0.13 4:-0.19 5:0.11 6:0.29 9:-0.18 13:-0.1
s:salesman 0:-0.23 1:0.44 5:-0.28 8:-0.32
s:salon 5:-0.45 10:0.15
s:salt 1:0.23
s:sam 2:0.1 5:0.14
s:same 0:0.24 1:-0.1 2:-0.15 3:-0.18 4:0.11 5:-0.27 6:-0.13 8:0.1 10:-0.11 12:-0.22
s:sample 5:0.38
s:sandwich 0:-0.23 4:-0.2 5:0.48 6:-0.11 11:0.17
s:santa 1:-0.26
s:sat 0:0.15 4:-0.24 5:0.41 6:0.38 13:-0.17
s:satellite 1:-0.13 5:0.17
s:saturday 0:0.34 4:-0.17 5:-0.33 6:-0.22 7:-0.11
s:sauber 0:0.26
s:sauna 0:0.36 5:-0.1
s:sausage 3:0.17 4:-0.11 5:0.3
s:save 6:0.14 10:-0.14
s:saved 0:-0.49 1:-0.28 2:0.82 4:0.15 6:-0.14 9:0.37 11:0.22
s:saving 2:0.13 4:-0.15
s:saw 0:0.15 1:0.12 2:0.25 5:-0.12 6:-0.27 8:0.13
s:say 0:0.12 1:0.21 3:0.3 4:-0.43 5:-0.29 6:0.65 9:-0.12 11:0.13
s:sayin 6:0.64
s:saying 0:0.38 1:0.13 3:0.5 4:-0.1 6:0.35 7:-0.31 9:-0.12 12:-0.13 13:-0.41
s:says 0:0.12 1:-0.3 2:0.61 3:-0.12 5:0.36 6:-0.13 9:-0.23 12:-0.18
s:scale 0:-0.17 6:-0.14
s:scan 0:0.4 4:-0.11 5:-0.21 6:-0.11
s:scann 2:-0.12 4:-0.14 6:0.13
s:scanner 0:-0.13 2:-0.13 5:-0.16 6:0.5
s:scath 0:0.14 5:0.18
s:schedule 0:0.17 5:0.21
s:scheme 0:-0.15 1:-0.23 6:-0.25
s:schnell 5:-0.11
s:schnitzel 1:-0.24
s:school 5:-0.35 9:0.11
s:science 2:0.1 5:0.24
s:scone 5:0.74 12:-0.13
s:scratch 0:-0.19 5:0.96 13:-0.13
s:scream 1:0.28
s:screen 0:0.2 1:-0.1 2:-0.23 5:0.76 6:0.18
s:script 0:-0.23 1:-0.14 5:-0.14 6:0.2 9:-0.14
s:scrum 0:0.19
s:scuff 5:-0.16
s:sea 0:0.17
s:seal 5:0.15
s:seam 4:0.13 5:0.35
s:season 2:-0.1 4:0.15 6:0.3
s:seat 2:-0.34 3:0.61 4:0.35 5:0.76 6:-0.23 10:-0.14 11:0.21 12:0.13
s:second 0:0.39 2:0.23 6:-0.46 7:0.16 9:-0.13
s:secretary 1:0.14 6:0.25
s:section 0:-0.13 1:0.16 3:0.26 4:-0.16
s:security 0:-0.13 1:0.24 6:-0.21 8:-0.11
s:see 2:-0.3 5:0.4 6:0.28 8:-0.11 10:-0.23 11:-0.15 12:-0.16
s:seed 0:-0.17 5:0.47 12:0.13
s:seem 1:0.12 2:0.5 3:0.21 6:-0.22 8:-0.17 9:-0.26
s:seen 0:0.61 1:0.28 2:0.11 3:0.24 4:-0.19 6:-0.19 7:0.19 8:-0.2 10:0.17
s:sehr 0:0.8 5:-0.23 6:0.13
s:selection 6:0.22
s:self 0:0.41 1:-0.25 2:-0.15 5:-0.53 6:-0.14
s:sell 0:-0.32 2:0.18 5:0.29 6:-0.19
s:seller 1:-0.1 4:0.13
s:semi 6:0.15 11:0.11
s:send 0:0.24 2:0.31 3:0.22 4:0.2 5:-0.51 6:0.62 9:-0.14
s:sensor 6:-0.14
s:sent 1:-0.29 2:0.16 3:-0.66 4:-0.31 5:0.19 6:0.48
s:sentence 0:-0.16
s:separate 1:0.1 6:-0.14
s:september 0:0.18
s:seriou 2:0.14
s:serv 0:0.36 2:-0.11 5:0.39 7:-0.18 8:-0.11
s:server 6:0.12
s:servic 0:-0.19 2:0.16
s:service 3:-0.28 4:0.11 7:-0.24 11:-0.21
s:session 0:-0.26 1:-0.18 2:0.34 3:-0.14 6:0.35 9:0.27 12:0.22 13:-0.15
s:set 2:0.18 4:0.12 5:-0.11 6:0.11
s:sett 1:0.22 3:0.16 6:0.11
s:settl 2:0.11 6:-0.16
s:seven 0:0.43 7:-0.2 11:-0.1 13:-0.11
s:several 0:0.12 3:0.16 4:0.28 5:0.38 8:0.14 9:0.25 11:-0.21
s:shad 4:-0.18 12:-0.18
s:shade 1:0.18 2:0.24 5:-0.18 9:-0.16
s:shak 1:0.21 6:-0.1
s:shamble 0:0.11
s:shame 0:0.46 1:0.31 3:0.15 5:0.43 7:-0.12
s:shampoo 1:-0.15 2:0.26 5:-0.14
s:shark 5:-0.14
s:sharp 0:0.34 1:-0.4 2:0.27 3:-0.16 5:0.39 7:0.11 8:-0.11
s:she 0:-0.12 1:0.32 2:0.4 4:-0.11 5:0.15 6:0.32 7:0.19 8:0.14 9:0.11 11:0.14 12:0.13 13:0.13
s:shed 0:-0.19 2:-0.28 6:0.15
s:sheet 0:-0.26 1:-0.11 2:-0.23 3:0.14 6:0.2
s:shelf 1:0.17 2:0.37
s:shell 0:-0.12 6:0.1
s:shelve 0:-0.15 3:0.27 4:-0.12 6:0.14
s:shes 5:0.16 11:0.16
s:shift 0:-0.2 1:-0.39 3:0.28 5:0.15 6:-0.42
s:shine 12:-0.17
s:shingle 5:-0.11
s:shirt 2:-0.14 5:0.34 12:-0.27
s:shock 5:-0.32 13:0.17
s:shoe 0:-0.22 1:0.14 3:0.26 5:0.3 9:0.1
s:shop 0:-0.17 1:-0.31 2:0.74 3:0.36 4:0.33 5:-0.25
s:shopp 0:-0.21 1:0.37 5:0.14
s:shopper 1:0.11 5:0.15
s:short 0:0.38 1:-0.19 2:-0.15 5:0.16 8:-0.18 12:0.11
s:shorter 1:0.21 5:0.16
s:shot 5:0.28
s:should 0:-0.27 1:-0.31 2:0.14 3:-0.11 5:-0.43 6:0.18 9:-0.21 11:0.14 13:-0.11
s:shoulder 0:-0.28
s:shouldnt 1:0.12
s:shout 0:-0.46 1:1.36 2:-0.16 4:0.36 5:-0.51
s:show 0:-0.67 2:-0.26 3:-0.17 4:-0.23 5:-0.28 6:0.82 7:-0.14 9:0.2 13:0.35
s:shower 0:0.25 3:-0.18 4:0.12 5:0.41 6:-0.13 10:-0.16 12:-0.1
s:showroom 2:0.28 5:-0.13 6:-0.16
s:shrug 1:0.12 2:0.12
s:shrugg 0:-0.2 1:0.19 3:-0.13 6:-0.2 8:-0.18 12:-0.12
s:shrunk 1:0.3 5:-0.15
s:shut 0:-0.18 6:-0.15
s:sick 0:-0.15
s:side 0:0.16 1:0.12 4:0.14 5:0.82
s:sigh 0:-0.21 1:0.56 2:-0.18 6:-0.12
s:sign 0:-0.36 2:-0.15 3:-0.24 4:-0.18 5:-0.17 6:-0.27
s:signage 1:-0.17 2:-0.16 5:-0.11 6:-0.24
s:signal 0:-0.15 4:0.39 5:-0.2
s:silent 3:-0.19 5:0.31
s:silk 2:0.17 5:-0.1
s:simp 4:-0.15
s:simple 0:-0.11 1:0.22
s:simpático 1:0.46 5:0.3
s:since 0:0.32 1:-0.29 3:0.26 4:0.11 7:0.28 8:0.1 9:0.15 10:0.12
s:singl 2:-0.18 6:0.11
s:single 0:-0.25 1:-0.24 4:-0.53 6:0.32 9:0.12 12:-0.14 13:-0.18
s:sink 5:0.18 11:-0.11
s:sister 2:-0.16 5:-0.11 6:-0.11
s:sit 1:0.19 2:-0.14 4:0.2 5:-0.16
s:site 0:0.43 2:-0.25 4:0.16 5:0.79 6:0.11 7:0.23
s:sitt 0:0.27 4:-0.23 6:0.13
s:six 0:-0.24 1:0.25 2:-0.61 5:0.43 6:0.2 7:-0.14
s:size 1:-0.14 2:0.13 5:0.4
s:skimm 5:0.27
s:skin 5:0.42 11:0.18
s:skip 6:-0.11
s:skipp 3:0.12
s:skirt 0:0.16 2:0.22 3:0.13 4:0.1 5:0.15 10:0.11 11:-0.15
s:sleep 1:-0.15 5:0.87 6:-0.12
s:sleeve 1:-0.12 3:0.16 5:0.39 10:-0.14 12:0.1
s:slept 5:0.34
s:slice 0:-0.14 1:0.13 12:-0.13
s:slick 5:0.25
s:slide 5:0.24 6:0.33
s:slightest 1:0.19 5:-0.17 8:-0.24
s:slip 5:0.13
s:slot 0:0.72 1:0.17 3:-0.18 6:-0.11 13:0.17
s:slow 0:0.68 2:0.12 5:-0.16 6:-0.18 7:-0.22 9:0.16 13:0.16
s:slowest 0:0.21
s:small 1:0.37 4:0.31 5:-0.36 6:0.11 8:0.13 11:-0.2 13:-0.11
s:smaller 4:0.35 5:-0.15
s:smart 0:-0.13 2:0.16 3:0.18 6:0.22 12:-0.18 13:0.14
s:smash 1:0.1 5:0.13
s:smear 2:-0.18 5:-0.14
s:smeary 0:-0.13 3:0.23
s:smell 0:-0.18 1:-0.44 2:-0.32 3:1.69 4:-0.16 5:-0.52 6:-0.26 10:-0.13
s:smelt 2:-0.11 3:0.37 5:-0.44
s:smh 1:-0.34
s:smil 1:0.28 4:0.21 5:-0.19
s:smile 2:-0.12 5:-0.4 6:-0.12 8:-0.27
s:smoke 5:0.1
s:smooth 0:0.18 5:0.13
s:snack 5:0.17
s:snapp 2:-0.11 4:-0.65 5:0.64 12:-0.17
s:snotty 4:0.14 5:-0.12
s:so 0:-0.24 1:-0.3 2:-0.25 3:-0.28 6:0.44 7:-0.25 9:-0.18 11:-0.13 12:-0.18
s:soak 1:0.11 2:0.17 3:-0.18 5:0.54 12:-0.21
s:soap 0:-0.11 3:0.18
s:social 6:0.19
s:society 0:-0.16 2:0.2 3:-0.21 4:0.13 5:-0.11
s:socket 0:-0.36 1:0.24 5:-0.24
s:sofa 1:0.19 3:0.3 5:-0.36 6:0.14
s:software 6:-0.19
s:soggy 0:-0.12 2:-0.13 5:0.43 12:-0.16
s:solar 1:-0.15
s:sold 0:-0.23 1:-0.41 2:0.69 5:0.55 6:-0.15 9:-0.11
s:solicitor 2:0.18 5:-0.19 6:0.16 9:-0.12
s:solid 3:0.2 5:0.25 12:0.11
s:some 0:-0.34 2:0.23 3:-0.14 6:-0.11 8:-0.21 9:-0.11
s:somebody 1:0.28
s:someone 1:-0.31 2:0.24 3:0.78 4:0.22 5:-0.3 6:-0.16 7:0.11 9:-0.36 10:-0.22 11:0.1
s:someth 1:0.12 2:-0.24 3:-0.24
s:sometime 5:0.27
s:somewhere 0:-0.11 1:0.31 2:0.23 5:-0.11 8:-0.11
s:sommelier 2:0.12
s:son 0:-0.31 1:0.32 2:0.44 5:0.31
s:song 1:-0.28
s:sons 0:-0.17 1:0.13 9:0.11
s:soon 0:-0.1 5:0.28 6:-0.14 12:-0.11
s:soooo 0:0.15
s:sore 0:-0.3 1:-0.42 2:0.14 5:0.53
s:sorry 0:-0.11 5:0.19
s:sort 0:0.28 1:0.35 3:-0.15 4:-0.19 5:-0.16 6:-0.33 7:0.2 8:0.1 9:0.26
s:sound 0:0.13 1:0.84 2:-0.3 3:-0.42 4:-0.24 7:0.17 8:0.24 12:0.25
s:soup 5:0.18
s:sourdough 0:-0.14 1:0.17 4:0.12 5:0.46
s:spa 2:-0.11 4:0.3 5:0.16 6:0.1
s:space 5:-0.36 6:-0.19
s:spacer 1:-0.34 2:0.22
s:spain 1:-0.16 4:0.2 5:-0.1
s:spaniel 1:-0.58 5:0.13 6:0.22
s:spare 0:-0.35
s:sparkl 5:-0.11
s:sparky 1:0.3 3:0.12 5:0.2
s:spay 2:-0.17
s:speak 0:-0.19 1:0.25 2:-0.11 4:-0.29 5:0.16 6:0.83 9:0.24
s:spec 5:0.57 6:-0.33 12:0.12
s:special 4:-0.14 5:-0.33
s:specialist 0:0.18 2:0.67 5:0.12 9:-0.12
s:specific 0:-0.14 1:-0.3 2:0.11 5:-0.31 6:-0.29
s:speck 0:0.11 3:0.14 5:-0.18 10:0.13
s:speech 5:0.43
s:speed 1:-0.11 5:0.82
s:speedy 0:0.53 5:-0.22
s:spell 6:0.21 13:0.13
s:spend 0:0.42 1:-0.14 2:-0.18 5:-0.13 7:-0.18
s:spent 0:-0.28 1:0.35 3:0.11 4:0.17 6:-0.26 7:-0.18 8:0.24
s:spill 0:-0.18 10:0.18
s:spin 5:0.32
s:spine 5:0.13
s:split 1:0.14 5:0.18 8:-0.11 12:-0.16
s:spoil 4:-0.16 5:-0.17
s:spoke 1:0.49 2:-0.14 6:0.18
s:spoken 0:-0.31 1:0.35
s:sport 2:-0.11 3:0.35
s:spot 0:-0.12 1:-0.19 2:0.22 3:0.14 4:-0.11 5:0.19 6:0.43 9:0.24 13:0.13
s:spotless 0:-0.17 1:-0.39 3:1.12 4:-0.15 6:-0.19 9:0.18 10:0.99
s:spott 1:-0.18 2:0.45 4:0.36 5:-0.61 6:-0.33 9:0.43
s:spring 5:0.26
s:squat 0:0.13 1:-0.34 2:0.11 5:-0.15
s:squeal 5:0.25
s:squeez 0:0.22 1:0.13 6:-0.49
s:st 0:0.11 5:-0.5 6:-0.18 11:0.12
s:stack 3:0.1 4:0.13 12:0.11
s:staf 1:0.25 5:-0.19
s:staff 0:0.11 1:1.41 2:0.19 3:-0.39 4:-0.33 5:-0.18 6:-0.61 7:-0.12 9:-0.12 11:-0.27 12:0.16
s:stage 4:0.16 5:0.22 6:0.2 13:0.15
s:stain 0:0.23 2:-0.19 5:0.16 12:0.13
s:stair 2:-0.11 6:0.11
s:stale 4:0.18 5:0.5 12:-0.13
s:stamp 0:0.16 4:0.76 5:-0.15
s:stand 0:0.45 1:-0.17 5:-0.14 6:0.32
s:standard 4:-0.12 5:-0.21
s:stank 3:0.19 10:-0.11
s:star 0:0.17 1:0.4 5:0.14 12:0.18 13:0.15
s:start 0:0.21 1:-0.26 2:-0.55 3:0.81 4:-0.27 5:0.19 6:0.62 7:-0.3 9:-0.11 13:0.21
s:starter 2:0.23 6:-0.15 9:-0.16
s:state 1:0.13 6:-0.11 10:-0.2
s:statement 1:0.35 2:-0.28 5:-0.1 6:0.16 13:-0.16
s:station 3:0.24 6:-0.22 7:-0.13 10:-0.2 11:0.12
s:statu 0:-0.16 5:0.29 6:0.28
s:stay 1:0.33 2:-0.27 3:0.1 5:0.54 6:-0.27 11:-0.12
s:steak 1:-0.18 5:0.17
s:steal 4:0.38 8:-0.12
s:steep 4:0.23 6:-0.31
s:steer 3:0.24 11:0.15
s:stellar 5:-0.18 10:-0.13
s:step 0:0.11 1:0.11 2:-0.17 3:-0.14 4:-0.18 5:-0.28 6:0.68 13:0.33
s:stick 1:-0.11 6:0.19
s:sticky 0:-0.25 1:-0.16 3:0.62 4:-0.21 6:-0.11 10:-0.35 12:0.18
s:still 1:-0.22 3:-0.34 4:0.25 5:0.18 7:-0.43 9:-0.3 11:-0.25 12:-0.33 13:-0.42
s:stink 5:-0.39
s:stock 0:-0.14 2:0.29 5:-0.12
s:stockroom 3:-0.2
s:stone 0:0.29 5:-0.37 7:-0.12
s:stood 0:0.58 2:-0.32 5:-0.18 6:-0.19 7:-0.11 8:-0.15
s:stop 0:-0.16 2:-0.1 4:-0.26 6:-0.32
s:stopcock 2:0.11 5:-0.12
s:stopp 1:0.13 2:0.16 4:-0.15 5:0.13 6:0.5 9:0.17 12:-0.21 13:0.33
s:storage 0:-0.32 1:-0.11 6:0.27
s:store 2:0.24 5:-0.11 6:-0.5 8:-0.17 11:0.23 12:-0.24
s:storie 3:0.1 4:0.16 12:0.11
s:story 0:0.21 1:0.18 2:-0.12 5:0.34 12:0.31
s:straight 0:0.26 1:0.24 2:0.35 4:-0.14 6:0.15 7:0.28 9:0.2 10:-0.11 11:0.11 13:0.2
s:straightforward 0:0.2 6:0.13
s:strap 0:-0.13 1:0.24 4:0.21 5:-0.25
s:straw 1:-0.32 3:0.33 5:0.19
s:strawberrie 0:-0.29 5:0.16
s:streak 5:0.57 12:0.1
s:street 0:-0.14 1:0.2 2:0.16 3:0.11 5:-0.18 6:0.12 11:-0.11 12:-0.12
s:streetlight 0:0.58 5:-0.58 7:-0.25
s:strength 2:0.17 4:-0.1 6:0.14
s:stress 1:-0.23 2:0.38
s:stretch 1:0.11 4:0.13 5:0.34
s:strimmer 5:-0.28
s:strong 1:-0.23 4:-0.11 5:-0.17 6:-0.26
s:structure 6:-0.13
s:stuck 1:-0.12 6:-0.16 10:-0.26
s:student 0:0.11 1:-0.2 2:0.28 3:-0.2 4:0.33 5:-0.28 6:0.15 13:-0.14
s:studio 3:0.14
s:study 1:0.23 5:-0.44 8:-0.14
s:stuff 1:-0.34 2:0.72 8:-0.11 9:0.31 12:-0.13 13:-0.11
s:stung 4:0.17
s:stunn 0:0.1 1:-0.14 5:0.65 6:-0.27 12:0.21
s:stupid 1:0.12
s:stylist 0:-0.19 1:0.33 5:0.24
s:subscription 0:0.19 1:-0.11 2:-0.11 4:0.5 5:-0.25 6:0.16 11:0.15
s:substitution 1:0.14
s:such 1:0.16 2:-0.15 5:-0.26
s:sue 0:0.14 6:0.12
s:suggest 2:0.24 4:0.1
s:suggestion 2:0.16 6:-0.15
s:suit 0:-0.13 1:0.39 2:0.19 3:-0.31 4:0.13 5:0.14
s:suite 0:0.11 3:0.24
s:summ 6:-0.17 8:0.11
s:summary 0:-0.11 1:-0.31 3:0.13 5:-0.25 8:-0.1 13:0.19
s:summer 1:-0.32 5:0.21
s:sunday 0:-0.25 1:-0.16 5:0.21 11:-0.12
s:super 1:0.12 4:-0.15 5:0.82 12:0.29
s:superb 7:0.22
s:supermarket 0:0.18 4:0.34 5:0.14 6:-0.22 12:0.13
s:supervisor 0:0.13 1:0.36 2:0.14 5:-0.14 6:-0.21
s:supplement 2:0.3 5:-0.14
s:supplier 0:-0.11 4:0.16 7:0.11
s:support 0:0.23 1:-0.14 2:0.11 3:-0.11 5:0.3 6:0.2 9:-0.13 13:-0.15
s:suppos 6:0.11
s:suppose 0:-0.11 1:-0.29 4:-0.11 5:-0.23
s:supposed 1:0.29
s:surcharge 3:-0.15
s:sure 0:-0.57 1:0.1 4:-0.15
s:surface 0:0.21 5:0.15
s:surgery 0:0.48 1:-0.28 3:0.86 4:-0.14 5:-0.42 7:0.14 8:-0.17 9:0.14 10:0.22
s:surpris 1:-0.26 2:-0.1 4:-0.26 5:-0.35 6:-0.22 10:0.13 11:0.23
s:survey 2:0.18 4:-0.16 6:-0.18 9:0.12
s:surveyor 2:0.51 3:-0.14 6:-0.14
s:swamp 0:0.14 5:-0.17
s:swap 0:-0.18
s:swapp 6:0.43 13:0.18
s:sweep 0:-0.23 1:-0.13 3:0.17
s:sweet 1:0.1 2:0.13
s:sweetheart 1:0.16 5:-0.49
s:swept 3:0.83 10:0.3 12:0.15
s:swim 0:-0.12 1:0.17 3:0.26 5:0.37 11:0.2 12:0.12
s:swimm 1:0.13 3:-0.32 4:-0.14 5:0.17
s:swimmer 3:0.13
s:switch 1:-0.4 2:-0.13 3:-0.12 4:0.13 5:-0.4 6:0.13 7:0.14
s:sympa 1:0.19 4:0.37 5:0.22
s:symptom 1:0.13 2:0.19 9:-0.15
s:system 0:0.12 3:-0.21 8:0.1 11:0.15 12:-0.12 13:-0.16
s:ta 0:0.15 1:-0.16 3:0.34 7:0.12 10:0.29 12:0.11
s:table 0:0.22 1:0.27 3:0.81 4:-0.17 5:-0.13 6:-0.22 10:-0.36
s:tablet 0:0.18 1:-0.16 2:0.72 3:-0.15 4:-0.12 5:-0.24 6:0.16 7:0.2 9:-0.16 13:0.11
s:tag 1:-0.48
s:take 0:0.42 1:0.61 3:-0.18 5:-0.28 6:-0.19 7:-0.25 9:0.18
s:takeaway 0:0.31 2:-0.1 4:0.43 6:-0.19
s:taken 4:0.14 12:0.12
s:taking 0:0.27 7:-0.13
s:talk 0:0.16 1:0.86 2:0.67 3:-0.16 4:-0.16 5:-0.18 6:-0.51 8:-0.26 9:0.32
s:tank 2:-0.11
s:tap 1:0.16 5:0.5 6:-0.16 12:-0.18
s:target 2:-0.11 6:0.12
s:tariff 2:0.12 5:-0.32 6:-0.28
s:tast 4:-0.12 5:0.45 6:0.12
s:taste 0:-0.12 5:1.18 12:-0.31
s:tasty 5:0.59 12:0.12
s:tattoo 3:0.11 10:-0.1
s:taught 2:0.18 5:0.14 6:-0.31
s:tax 0:-0.27 1:-0.14 2:0.44 5:-0.13 6:-0.16
s:taxi 0:-0.26 4:0.15 5:0.17
s:tbh 0:-0.32 1:0.15 5:0.15 11:0.18 12:-0.17
s:tea 0:0.37 1:-0.31 6:-0.11
s:teach 1:0.2 6:-0.2
s:teacher 0:-0.64 1:0.11 5:0.29 6:0.6 12:0.11
s:team 0:-0.12 1:0.34 2:0.22 4:-0.23 5:-0.13 6:0.14 7:0.27 8:0.16 10:0.12
s:tear 5:-0.11 6:0.3
s:teas 1:0.21 3:0.1 6:0.22
s:tech 0:0.18 1:-0.19 5:0.17
s:technician 0:0.12 2:0.62 5:-0.27 6:0.61 13:0.18
s:teenager 6:-0.12
s:teeth 1:0.12 2:-0.25 3:-0.33 4:0.14 5:0.63
s:telephone 5:0.2
s:tell 1:-0.19 2:0.54 3:-0.15 4:0.1 6:1.05 9:-0.19 13:-0.17
s:template 1:-0.15
s:ten 0:0.35 1:-0.17 5:-0.19 6:-0.17 7:0.28 8:-0.13 10:0.11 11:-0.18 13:0.1
s:tenancy 4:0.11 5:-0.1
s:tenant 0:0.14 3:0.13 5:-0.15
s:tenner 2:-0.16 4:0.41 5:-0.11 11:0.22
s:tenni 1:0.21 5:-0.1
s:term 1:0.1 2:0.11 4:-0.11 7:-0.13
s:terminal 6:-0.11
s:termination 6:0.15 11:-0.11
s:terrible 0:0.27 2:0.15 5:0.35
s:terrifi 1:0.21 5:-0.1 11:0.13
s:test 0:0.23 2:0.4 4:0.29 11:-0.15
s:tester 12:0.14
s:text 0:-0.68 2:-0.72 3:-0.38 4:-0.29 5:-0.52 6:2.39 13:0.74
s:th 0:0.35 1:0.11 5:-0.27 7:-0.1 13:-0.11
s:thai 5:0.35
s:than 3:0.14 4:0.25 5:0.26 6:-0.23 7:0.21 8:0.12 9:0.21 10:0.34 12:0.32
s:thank 0:-0.73 3:-0.43 4:-0.3 5:-0.59 6:0.23
s:thankful 2:0.12
s:that 0:-0.23 1:0.14 2:0.15 3:-0.16 4:0.38 8:0.3 12:-0.11
s:the 0:-0.47 1:-0.3 2:-0.13 3:-0.18 4:-0.43 5:-0.15 6:0.44 9:-0.29 12:-0.37
s:theatre 0:0.17 1:0.16 4:-0.11
s:their 0:-0.16 1:0.65 2:-0.25 4:-0.48 5:-0.18 6:0.2 8:-0.33 9:0.31 11:0.1 13:0.22
s:them 1:0.27 2:0.32 3:-0.21 5:0.17 6:0.25 7:-0.11 9:-0.17 10:-0.12
s:theme 0:-0.13
s:themselve 0:-0.15 2:-0.21 3:0.12 5:0.24 6:0.55 12:0.11
s:then 0:0.27 1:0.27 2:-0.12 3:0.42 4:-0.11 5:-0.17 6:0.67 7:-0.19 9:-0.35 10:-0.11 11:-0.14 12:-0.16 13:-0.27
s:theory 5:-0.22
s:ther 4:0.12 6:0.16
s:therapist 0:-0.21 2:0.12 5:-0.35
s:there 0:0.42 2:-0.16 4:-0.21 6:-0.14 7:-0.11 10:-0.23 12:-0.33 13:-0.22
s:thermostat 1:0.12 3:0.14 4:-0.35 6:0.17
s:these 0:-0.13 1:0.21 4:-0.24 6:-0.1 12:0.12
s:they 0:0.11 1:-0.25 2:-0.34 5:0.11 6:0.56 8:0.11 9:-0.49 10:0.11 11:0.15 13:0.1
s:theyd 2:-0.15 3:-0.11 9:0.12 13:0.1
s:theyll 0:0.41 3:0.13 5:-0.2 7:-0.1
s:theyre 1:0.24 2:0.26 4:-0.14 6:-0.21
s:theyve 1:-0.34 2:-0.17 3:0.13 5:0.21 6:0.21
s:thing 0:-0.28 1:0.19 2:-0.2 4:0.24 5:-0.29 6:0.1 12:0.13
s:think 1:-0.55 3:-0.18 4:0.78 5:0.22 6:-0.11
s:thinn 5:0.18
s:thinner 5:-0.17
s:third 0:-0.38 1:-0.24 2:0.23 5:0.22 9:-0.18 12:-0.13 13:-0.1
s:this 0:-0.25 1:-0.26 2:0.22 3:-0.16 5:-0.29 6:-0.11 7:0.18 10:0.14 11:0.27
s:tho 1:0.22 5:0.15 8:0.13
s:thorough 1:-0.53 2:-0.14 5:0.57 6:0.11 12:0.14
s:those 0:0.19 1:-0.22 2:0.17 3:-0.27 4:-0.17 5:0.32
s:though 0:0.91 1:0.3 2:0.24 3:0.2 4:0.3 5:0.18 6:-0.3 7:-0.13 8:0.25 10:-0.15 12:0.11 13:-0.17
s:thought 0:0.12 1:-0.15 2:0.41 3:0.35 4:0.13 5:0.26 6:-0.16 12:0.12
s:thousand 2:0.2 6:-0.18
s:three 2:0.28 3:-0.13 4:0.3 5:0.4 6:0.19 7:-0.14 8:-0.16 9:-0.17 12:-0.28 13:-0.24
s:threw 0:-0.13 4:0.12
s:thrill 5:0.26 6:0.14 12:0.13
s:through 0:0.57 2:-0.29 3:-0.18 4:-0.21 6:0.43 9:0.23 13:0.59
s:throughout 4:-0.12 5:0.24 6:0.14
s:throw 1:-0.13 4:-0.15 5:0.24 12:-0.15
s:thru 0:0.11 5:-0.18 7:-0.12
s:thursday 0:0.55 2:-0.19 3:-0.11 5:-0.12 7:-0.36
s:thx 1:-0.25 6:0.12 12:0.21 13:0.1
s:thyroid 2:0.3 5:-0.18
s:ticket 0:0.4 4:0.32 5:0.51 6:-0.21 7:-0.21
s:tidy 1:-0.22 3:0.64 6:-0.3 10:0.34
s:tier 5:-0.16
s:tile 1:-0.15 6:-0.14 9:0.12
s:till 0:0.78 1:0.16 2:-0.43 4:-0.2 5:-0.33 6:-0.27 7:-0.28 12:0.14
s:time 0:0.35 1:0.44 2:-0.31 3:-0.25 4:-0.17 6:0.8 7:-0.24 8:-0.22 10:-0.2 12:-0.18 13:-0.17
s:timeline 1:-0.12 6:0.23
s:timetable 0:0.21
s:timing 5:0.11
s:tin 3:-0.11 5:0.13
s:tiny 5:0.26 12:-0.11
s:tip 0:-0.12 1:0.19 3:1.01 4:-0.14 5:-0.26 6:-0.14 8:0.11 10:-0.25 12:0.13
s:tipp 0:0.28 6:-0.15
s:tired 0:0.26
s:to 0:0.11 1:0.27 3:-0.36 4:-0.2 5:-0.41 7:-0.25 8:-0.31 9:-0.11 10:-0.35 11:-0.11 13:-0.2
s:toast 11:-0.1
s:toaster 3:-0.14
s:today 0:0.62 1:-0.36 2:-0.34 3:-0.21 4:-0.14 5:0.38 6:-0.28
s:toddler 1:-0.18 5:0.26
s:todo 5:-0.18
s:together 2:0.21 6:-0.17
s:toilet 0:-0.82 2:-0.38 3:2.18 4:-0.16 5:-0.4 6:-0.31 10:-0.36 11:-0.13
s:told 0:-0.18 2:1.07 3:-0.18 4:-0.46 5:-0.47 6:0.38 7:-0.29 8:-0.2 9:-0.49 13:-0.53
s:tom 1:0.13
s:tomorrow 0:0.17 1:0.19 7:-0.2
s:tone 0:0.12
s:too 1:0.53 2:-0.27 4:0.31 5:0.73 8:0.18 11:-0.15
s:took 0:0.99 1:0.19 2:0.12 3:0.12 4:-0.45 6:-0.26 7:-0.16 8:0.39 9:0.12 11:0.15
s:tool 2:0.11 5:0.2
s:tooth 1:0.19 2:0.1
s:top 1:-0.31 2:0.12 3:0.11 6:0.5 9:0.13 11:-0.18 12:0.11
s:topic 5:-0.16
s:torch 5:-0.21
s:total 1:0.18 2:-0.27 3:-0.12 8:-0.13
s:touch 1:-0.13 2:-0.28 3:0.26 4:0.28 11:0.12
s:towel 1:-0.19 2:-0.19 3:0.21 5:-0.25 10:-0.13 11:-0.11
s:town 0:-0.13 1:0.51 3:-0.28 4:0.5 5:-0.1 6:-0.13 11:0.11 12:0.19
s:toy 0:-0.11 5:0.46 12:-0.11
s:track 1:-0.24 2:-0.16 5:-0.32 6:0.92 12:-0.12 13:0.1
s:tracker 2:-0.13 4:-0.12 6:0.34
s:trade 2:0.33
s:traffic 1:0.61
s:train 0:-0.32 1:-0.15 2:0.4 3:0.11 4:-0.21 5:-0.49 6:0.28 9:0.11 11:-0.28
s:trainer 1:-0.17 4:0.17
s:transfer 0:0.42 2:0.14 4:0.12
s:transferr 5:0.5
s:transport 3:0.1 6:-0.15
s:travel 2:0.16 5:-0.11
s:traveller 0:0.12 2:0.11 5:0.15
s:tray 0:0.14 5:0.19
s:treadmill 0:-0.13 5:0.29
s:treasure 0:0.14 1:0.13
s:treat 0:-0.13 1:0.46 2:0.47 10:0.11 13:0.13
s:treatment 3:-0.17 4:0.32 5:0.39 12:0.12
s:triage 5:-0.18
s:tried 0:-0.1 1:-0.19 2:0.2 5:0.24 6:-0.15
s:trim 0:0.12 1:-0.1 2:-0.14 3:-0.23 4:-0.11 5:0.8 6:0.1
s:trimm 3:-0.24 5:0.24
s:trip 0:-0.13 5:0.35 6:-0.25
s:tripp 0:-0.2 5:0.2 6:-0.14
s:trolley 0:0.52 1:-0.45 3:0.45 5:-0.23 6:-0.13
s:trop 1:0.14 4:0.33 5:0.12 11:-0.2
s:trouble 1:0.13 6:-0.15
s:truly 0:-0.19
s:trust 0:-0.15 2:0.4 6:-0.11
s:truth 1:-0.15 5:0.27
s:try 1:0.44 5:0.14 8:0.17
s:trying 3:0.28 8:-0.13
s:trè 2:0.13 4:1 5:0.1 8:-0.15 9:0.1 11:0.14
s:tuesday 0:0.29 2:-0.22 5:0.12 12:0.16
s:turn 0:0.52 1:-0.46 2:0.31 3:-0.29 6:0.2 11:0.23
s:turnaround 0:0.2
s:tutor 0:-0.12 1:-0.11 5:0.19
s:tv 0:-0.28 5:-0.3 6:-0.2
s:twelve 0:0.13 1:-0.11 2:-0.15
s:twenty 0:0.75 2:0.17 3:-0.24 5:0.22 6:-0.21 12:0.21
s:twice 0:-0.23 1:0.28 2:-0.22 3:0.15 5:-0.16 6:0.41 7:-0.11 10:0.15 12:-0.26
s:twitter 0:0.11 6:0.33
s:two 0:0.37 2:0.47 3:-0.42 5:0.35 7:-0.26 12:-0.12
s:type 0:-0.11 5:-0.11
s:tyre 0:0.18 2:0.55 3:-0.11 6:-0.38 7:0.18 9:0.11 11:0.13
s:u 0:-0.16 5:-0.14 6:0.11 12:-0.11
s:umbrella 1:0.15
s:unable 0:0.16 2:0.13 5:0.17
s:unanswer 0:0.15
s:under 0:-0.24 3:0.45 4:-0.17 5:0.13 6:-0.33 7:0.38 8:-0.16 11:0.2 12:0.14
s:undercook 4:0.21 5:0.18
s:understand 0:-0.39 1:-0.12 2:0.57 4:-0.13 5:-0.85 6:1 8:0.12 11:-0.11
s:understandab 2:0.1 6:-0.41
s:understood 0:-0.29 1:-0.12 2:0.12 4:-0.14 5:-0.19 6:0.47 13:0.24
s:underwhelm 5:-0.45
s:uneven 1:0.15 5:0.12 8:-0.13
s:unfair 0:0.24 1:-0.19 4:-0.14 5:-0.16
s:unflappable 0:-0.12 1:0.26
s:unfortunate 2:-0.12
s:unfriend 1:0.18 12:0.11
s:unhappy 3:0.11
s:unhelpful 0:0.13 1:0.53 2:0.2 5:-0.21 8:0.13
s:uni 2:0.11
s:uniform 0:-0.12 2:-0.41 5:-0.47
s:union 0:-0.25 6:-0.11
s:unit 5:-0.47
s:unkind 1:0.47 5:-0.12
s:unless 0:-0.11
s:unlock 0:0.13
s:unreal 1:-0.12 3:-0.17 5:0.62 11:0.29 12:0.12
s:unreasonable 5:-0.15
s:until 1:-0.21 4:-0.12 6:0.71 7:-0.32 13:-0.26
s:up 1:0.14 2:-0.36 3:0.27 7:-0.33 9:0.15 10:0.62 11:-0.16 12:-0.16 13:-0.34
s:updat 0:0.18 1:-0.14 6:0.5 13:0.16
s:update 0:-0.32 1:-0.18 2:0.22 3:-0.15 6:0.56 12:-0.16
s:upgrad 1:-0.21 2:0.29 5:-0.14
s:upgrade 5:0.39 6:0.36
s:upload 0:-0.11 6:0.32
s:upsell 0:0.14 1:0.89 2:0.11 3:-0.21 4:-0.37 5:-0.44 6:-0.2
s:upstair 0:0.12 5:-0.37
s:ur 5:-0.14
s:urgent 0:0.73 1:-0.48 5:-0.12 7:-0.11
s:us 1:0.2 3:-0.34 4:-0.11 5:-0.48 8:0.13 9:-0.17 12:-0.16 13:0.15
s:use 0:-0.13 1:-0.25 2:0.59 3:-0.11 6:-0.22 9:0.15
s:used 4:0.31 6:-0.2 7:0.15 10:-0.14
s:useful 1:-0.14 2:-0.18
s:useless 5:0.2 6:-0.33 12:-0.14
s:user 1:-0.19 4:0.12 5:-0.22 6:0.21 13:0.11
s:usher 1:0.27
s:using 2:0.46 5:-0.31
s:usual 2:-0.11 4:0.24 5:-0.27 7:0.12 11:0.13
s:v 0:-0.1 1:0.37 4:0.11 5:0.28 6:0.1
s:valet 0:0.16 3:1.05 4:0.15 5:0.28 6:-0.16 11:0.19
s:valid 2:0.18
s:valu 0:-0.16 2:0.11 3:0.1 5:0.22 7:-0.12 11:0.11
s:value 4:1.42 5:-0.8 11:0.54
s:valve 5:-0.14
s:van 1:-0.2 3:0.13 5:-0.24
s:vans 1:0.6 3:-0.11
s:variable 2:0.15
s:varifocal 2:0.19 5:0.4
s:veg 0:-0.35 1:-0.21 2:0.23 4:0.13 5:0.23 6:-0.23
s:vegan 2:0.15 5:0.1
s:vegetarian 2:0.23 5:0.21
s:vein 0:0.12 2:0.32 5:0.12
s:vend 1:0.34 5:-0.17
s:venue 1:-0.15 2:-0.19 3:0.1 4:-0.15 5:-0.37 6:0.29
s:verry 6:0.1
s:version 2:0.12 5:0.13
s:very 0:-0.17 2:0.39 3:0.15 4:0.19 5:0.19 6:0.12 8:0.32 9:0.16 10:0.2
s:vet 0:-0.13 1:0.31 2:0.35 5:-0.28 6:0.41 8:0.14 11:-0.1 12:0.12
s:vets 5:-0.44 6:-0.18
s:video 1:-0.23 2:-0.11 5:0.2 6:0.39
s:view 0:-0.13 1:-0.24 2:-0.28 3:-0.49 5:-0.52 6:-0.21 12:-0.26
s:viewing 1:-0.19 5:0.1
s:visible 5:0.13
s:visit 2:0.38 3:-0.11 5:-0.22 6:-0.38 7:0.25 8:-0.15 9:-0.16 11:-0.13
s:visitor 0:0.13 3:0.21 5:0.45 12:0.18
s:vivaldi 0:0.32 6:-0.17 7:-0.14
s:voice 2:0.25
s:voicemail 0:-0.57 6:0.27
s:volunteer 0:-0.14 1:0.43 2:0.23 4:-0.22 5:-0.26 6:-0.16 13:0.19
s:voucher 4:0.36 5:-0.17
s:vraiment 5:0.16
s:w 6:0.21
s:wage 4:-0.29
s:wait 0:1.71 1:-0.35 2:-0.45 4:-0.71 5:-0.41 6:0.24 8:0.21 11:0.2 12:0.43
s:waitd 0:0.31
s:waiter 0:0.18 1:0.92 4:-0.12 5:0.49 6:0.14 10:-0.14
s:waitin 0:0.24 5:-0.18 6:0.41
s:waitress 2:0.12 6:-0.16
s:waiv 1:0.12 4:0.15 5:-0.17 11:0.11
s:walk 0:0.55 1:0.49 3:-0.16 4:-0.23 5:-0.46 11:-0.11 13:0.21
s:walker 5:-0.44 6:0.3
s:wall 1:-0.21 2:0.1 3:-0.12
s:want 1:0.31 2:-0.47 3:-0.14 4:0.44 5:-0.42 8:-0.19 11:0.14
s:war 1:-0.12 5:0.21
s:ward 0:-0.22 1:0.13 2:-0.22 3:0.37 4:-0.14 5:-0.16 13:-0.11
s:warden 1:0.92 2:0.1 5:-0.11 6:-0.19
s:wardrobe 3:-0.2 5:0.19
s:warm 0:-0.17 3:0.22 4:0.27 5:0.39 8:0.12
s:warmer 0:-0.15 1:0.36 4:0.1 5:-0.11
s:warmest 1:0.13
s:warn 2:0.18 5:0.3
s:warranty 0:-0.17 1:0.2 2:0.25 3:-0.15 4:0.1 6:-0.15 9:-0.12 12:-0.1
s:was 0:-0.11 1:0.19 2:-0.18 3:-0.3 5:0.11 8:0.14 11:0.22 12:-0.29
s:wash 1:0.31 5:0.33 6:-0.22 7:0.14 12:-0.25
s:washer 2:0.15 3:0.24 5:-0.26
s:wasnt 0:0.26 1:0.27 3:-0.22 4:-0.11 5:-0.18 6:0.47 8:-0.23 9:-0.13 13:-0.2
s:wasp 8:-0.27
s:wast 6:0.1
s:waste 3:0.13 4:-0.36 5:0.12 11:-0.12
s:watch 4:0.14 5:-0.35 6:0.16
s:water 0:0.11 5:0.28 11:-0.11
s:way 1:0.41 2:-0.18 5:-0.1 6:0.15 8:0.11 11:-0.21
s:we 0:0.17 1:0.17 3:-0.11 4:0.35 5:0.21 6:0.24 10:0.27 11:-0.2
s:wear 0:-0.13 1:-0.59 5:0.25
s:web 0:0.14 1:-0.11
s:webchat 0:-0.11
s:website 1:0.14 2:0.26 4:0.12 5:-0.34 9:-0.15 11:-0.11 13:-0.15
s:wed 3:-0.2 4:0.16 6:0.36 12:-0.15
s:wedd 0:-0.34 1:0.22 3:0.12 5:0.53 6:0.66 12:0.16
s:wednesday 0:0.25 7:0.11 12:0.11
s:wee 3:0.13 10:-0.12
s:week 0:0.82 1:-0.37 2:-0.16 4:-0.78 5:0.21 6:0.14 7:-0.57 9:-0.24 10:-0.26 11:-0.2 12:-0.13 13:-0.31
s:weekend 5:0.46 7:-0.13 8:-0.13
s:weevil 5:0.13
s:weight 5:0.19
s:welcom 0:-0.16 1:0.4 8:-0.28
s:welcome 0:-0.11 1:0.95 2:-0.12 5:-0.18 6:-0.11
s:well 0:-0.22 1:-0.1 2:-0.11 4:0.39 5:0.11 6:0.11 9:0.11 12:0.33 13:0.12
s:wen 1:0.35
s:went 0:-0.12 1:-0.45 2:-0.16 3:-0.15 4:-0.49 5:-0.21 6:-0.11 7:-0.2 9:-0.14 11:-0.18 12:-0.31
s:wer 0:0.12 1:0.12 5:-0.12
s:were 0:-0.13 1:0.29 3:0.27 4:0.12 6:0.34 7:-0.27 11:-0.11
s:werent 0:0.12 1:0.1 2:-0.23 6:0.47 12:-0.17 13:0.15
s:wet 0:-0.11 3:0.41 4:0.15 5:-0.37 6:-0.11
s:weve 4:0.14 5:0.25 6:-0.22 7:-0.15 10:-0.29 12:0.15 13:-0.1
s:what 0:-0.15 1:-0.25 4:0.1 5:-0.45 6:0.68 9:-0.2 13:0.29
s:whatever 0:-0.13 5:0.3
s:whatsapp 2:-0.2 6:0.23
s:whatsoever 5:-0.14 6:0.16
s:wheel 1:-0.12 2:0.15 4:0.16 5:0.1 11:0.12 13:-0.13
s:wheelchair 0:0.11 2:-0.11 8:0.11
s:wheelie 1:-0.1
s:when 0:0.1 1:0.32 4:0.17 6:0.77 8:-0.1 9:-0.17 11:-0.3 12:-0.23 13:-0.18
s:whenever 1:0.19 4:0.3
s:where 0:-0.25 2:-0.15 3:-0.15 4:-0.13 5:-0.2 6:0.82 7:0.16 9:-0.19 11:0.11 13:0.42
s:whether 0:-0.2 1:-0.58 2:0.37 3:-0.17 5:-0.62 9:-0.28 13:-0.13
s:which 0:-0.19 1:-0.51 2:0.51 3:0.26 4:0.18 5:-0.28 7:0.11 8:0.18 10:0.31 12:0.1 13:0.3
s:while 0:0.28 1:0.38 2:-0.26 4:0.29 5:-0.16 6:-0.28 8:-0.2 11:0.14 13:0.14
s:white 0:0.11 1:0.1 2:-0.13 3:-0.15 5:0.36
s:whiten 4:0.13 5:0.59 11:-0.11 12:-0.18
s:who 1:0.4 2:0.33 6:-0.24 8:0.15 9:-0.19 10:-0.2 12:0.27 13:-0.21
s:whod 1:0.19
s:whoever 0:-0.12 3:0.14 5:-0.15 10:0.12
s:whole 1:0.14 6:0.27 8:-0.2 12:-0.15
s:whom 1:-0.14
s:whoop 4:-0.25
s:whos 0:-0.19 1:0.38 2:-0.19 5:-0.2 6:-0.28 11:0.14 13:0.1
s:whose 6:0.14
s:why 0:0.8 1:-0.23 2:-0.39 4:-0.2 5:-0.14 6:0.74 7:-0.12 8:0.15 11:0.18 12:0.12 13:-0.12
s:wide 8:-0.21
s:wife 0:-0.13 1:-0.24 2:-0.13 5:-0.17
s:wifi 0:-0.23 1:-0.19 4:-0.25 5:1.11 6:-0.45 9:-0.11 12:-0.21
s:will 0:-0.1 1:-0.15 2:-0.42 4:-0.16 5:-0.71 6:0.19
s:win 4:-0.16
s:window 0:0.48 1:-0.21 3:-0.51 5:0.59 6:0.2 9:-0.1 11:0.2 12:0.13 13:0.11
s:wine 1:-0.38 2:0.12 3:0.19 4:0.18 5:0.51 6:-0.13 11:0.14 12:0.35
s:winter 2:-0.11 5:0.24 12:0.14
s:wipe 3:0.32
s:wiped 0:0.21 1:-0.19 3:0.4 5:-0.18 10:-0.14
s:wire 2:0.11
s:wish 0:-0.15 4:0.15 5:-0.19 13:-0.12
s:with 1:0.7 2:-0.11 3:0.13 4:0.19 5:-0.28 6:0.14 7:-0.17 8:0.11 9:0.14 13:0.11
s:within 0:0.25 3:-0.13 5:0.26 6:0.17 7:0.59 8:-0.14 12:-0.18 13:0.24
s:without 0:0.17 2:0.4 3:-0.41 4:0.34 5:0.34 6:0.59 7:0.19 8:0.3 11:-0.1 12:-0.26
s:wiv 4:0.25 5:-0.25
s:wks 6:0.18
s:wobbl 5:0.19
s:woman 1:0.73 3:-0.11 4:-0.12 5:-0.11 6:-0.43
s:wonder 4:-0.26
s:wonderful 0:0.23
s:wonky 1:0.16 4:0.15 5:0.16 12:-0.12
s:wont 2:-0.11 3:-0.26 4:0.28 5:0.49 6:-0.1 8:-0.19 9:-0.11 12:-0.24
s:wool 0:-0.35 5:0.31 12:-0.13
s:word 0:-0.26 2:-0.22 5:-0.15
s:wordpress 1:-0.1 5:0.23
s:wore 3:0.47
s:work 0:-0.16 2:0.58 3:0.18 4:-0.51 5:0.52 6:-0.12 9:-0.15 12:0.25
s:workshop 5:0.34
s:world 5:0.15 6:0.12
s:worn 1:-0.21 2:0.17 4:-0.16 6:0.45 9:0.15 13:0.16
s:worri 0:-0.16
s:worry 2:0.13
s:worse 1:0.18 4:0.11 5:0.31 6:-0.23 8:0.13 12:-0.14
s:worst 0:-0.14 1:-0.3 2:-0.1 4:-0.15 5:-0.37 6:-0.17
s:worth 0:-0.16 1:-0.15 3:-0.45 4:0.83 5:0.57 9:0.12 11:0.37 12:0.41 13:0.11
s:wot 2:0.38 3:0.66 5:0.18
s:would 0:0.2 1:-0.36 2:0.17 4:-0.26 5:-0.16 7:0.15 11:0.12 13:-0.11
s:wouldnt 4:0.12 5:0.18 8:-0.26 13:-0.17
s:wow 0:0.14 5:-0.13 7:-0.11
s:wrap 6:0.14
s:wrapp 2:-0.18 12:0.29
s:wrist 0:0.15 5:-0.4
s:writ 0:0.16 1:0.36 5:-0.12
s:write 0:-0.34 1:-0.33 5:-0.21 6:-0.19
s:written 1:0.1 6:0.6
s:wrong 0:-0.44 1:0.19 2:1.86 3:-0.2 4:-0.29 5:-0.52 6:-0.62 7:-0.11 8:-0.23 9:-0.35 12:-0.14 13:-0.14
s:wrote 1:-0.15 3:0.15 6:0.31
s:x 0:-0.39 1:0.38 2:0.15 3:-0.3 8:0.12 9:-0.13
s:yaar 0:0.2 5:0.22
s:yeah 5:-0.14
s:year 0:-0.23 1:0.11 2:0.33 3:-0.37 4:0.2 7:0.1 8:0.16 9:0.11 10:-0.1 12:0.39 13:0.26
s:yes 0:0.27 2:0.45 5:-0.14 9:-0.26
s:yesterday 5:0.62
s:yet 0:-0.13 1:-0.21 4:-0.26 5:-0.35 6:-0.42 9:0.2 13:0.1
s:yoghurt 4:0.14 5:0.17
s:york 5:-0.11
s:yorkshire 5:0.11
s:you 0:-0.21 1:0.14 2:-0.19 5:-0.33 10:0.25 11:0.15 13:0.22
s:youd 1:-0.37 3:-0.12 5:-0.16 6:-0.25
s:young 1:0.11 3:-0.13 4:0.12
s:younger 0:-0.2 1:0.21 2:-0.37 5:0.26
s:your 1:0.17 2:-0.31 3:0.22 5:0.13 6:-0.24 10:0.2 12:-0.13
s:youre 1:0.2 2:0.12 8:-0.2
s:youtube 6:0.14
s:yr 1:0.47 2:-0.19
s:zero 0:-0.29 3:0.13 4:0.18 10:0.15
s:zip 0:-0.15 5:0.31 12:-0.12
s:£ 0:-0.61 1:-0.24 4:2.77 6:0.29 7:0.17 9:0.17 10:0.12 11:-0.6 12:-0.2 13:-0.22
s:était 1:0.35 4:0.14 5:0.17 9:0.11 11:0.12
s:€ 4:0.32 5:0.27 11:-0.13
u:! 1:-0.47 2:-0.77 3:-0.25 4:0.42 6:-0.15 10:0.34 12:0.95
u:$ 1:0.21 4:0.15 8:-0.14
u:% 4:0.51 5:0.53 7:0.12 11:-0.25
u:000 2:0.15 4:-0.16
u:02 0:0.57 7:0.17
u:05 0:0.12 6:-0.3 13:0.22
u:1 1:-0.79 2:-0.18 4:0.39 5:-0.14 6:0.28 10:-0.1 11:-0.13 13:-0.22
u:10 0:0.39 1:-0.33 3:-0.25 4:-0.31 6:0.33 7:0.14 9:-0.12 12:0.15 13:-0.14
u:100 0:0.23 4:-0.21 5:0.12 6:-0.22
u:101 7:-0.12
u:11 0:0.46 2:0.13 4:-0.15 5:-0.36
u:12 0:0.53 1:-0.5 3:0.1 4:0.22 5:0.12 10:0.14 11:0.14
u:120 2:-0.15 3:-0.13 4:0.22 5:0.55 6:0.3
u:14 0:0.12 1:0.21 3:0.2 4:-0.26 5:0.49 6:0.1
u:140 1:-0.24 2:-0.25 4:0.24 6:0.31 11:-0.23
u:15 0:0.13 3:0.18 4:0.65 6:-0.19 11:0.17 12:-0.16
u:150 0:0.27 3:-0.19 5:-0.17
u:16 1:-0.15 5:0.14 12:-0.11
u:165 2:0.15
u:17 5:0.15 6:0.24
u:18 2:-0.13 3:-0.2 4:0.28 5:0.13 6:0.32 11:-0.13
u:180 0:-0.1 4:0.18 5:0.34 11:-0.18
u:19 0:0.15 5:0.48 6:0.21 13:-0.13
u:2 0:0.54 2:-0.13 3:-0.28 5:0.22 7:-0.21 10:0.16 11:0.16 13:0.34
u:20 0:0.55 1:-0.19 4:-0.56 5:-0.41 6:0.16 7:0.19 8:-0.11 10:0.12 11:0.23
u:200 3:-0.11 5:-0.12 6:0.16
u:2019 0:0.18 5:0.1 12:0.1
u:210 5:-0.12 6:0.17
u:212 4:-0.25 7:-0.1
u:22 4:0.11 5:-0.28 6:0.33
u:24 0:-0.44 4:0.17 11:-0.11
u:240 2:0.13 4:0.11
u:25 0:0.44 1:0.11 4:0.25 5:-0.26 11:0.2 12:0.19
u:250 4:0.16 5:0.23 6:-0.29
u:26 4:0.11 12:-0.13
u:28 0:0.11 4:0.22 6:-0.17
u:280 0:0.14 5:0.21
u:29 0:0.32 6:-0.12
u:3 0:0.63 1:-0.15 2:0.34 3:-0.18 4:-0.38 6:-0.23 7:0.18 9:-0.29 11:-0.21 12:0.19 13:-0.25
u:30 0:0.12 1:0.35 3:-0.18 4:-0.15 5:-0.23 6:-0.29 12:0.14
u:300 0:0.11 1:0.13 3:-0.2 4:0.17 8:0.11
u:31 1:0.12
u:32 5:0.13
u:340 6:0.39 11:-0.11
u:35 0:0.28 3:0.32 4:-0.61 5:0.17 6:0.19 11:0.17
u:350 5:0.26
u:38 5:0.13 6:-0.18 11:-0.1 12:-0.3
u:380 0:-0.17
u:4 0:0.49 3:-0.28 4:0.4 5:-0.28 6:0.36 7:-0.47 12:0.21
u:40 0:0.66 2:0.22 4:0.53 5:-0.23 7:-0.2 8:0.1 11:-0.27 13:-0.19
u:400 2:0.15 4:0.2 10:-0.1
u:42 6:0.19 11:-0.12
u:420 6:-0.11
u:44821 6:-0.21
u:45 0:0.59 3:0.18 4:0.33 5:-0.18 7:-0.14 11:-0.23
u:47 0:0.23
u:48 0:0.11 4:0.19 5:0.35 11:-0.14
u:49 0:-0.15 1:-0.11 4:0.18 5:0.13 6:0.11
u:5 0:0.8 1:-0.12 2:-0.24 4:-0.46 5:-0.14 6:0.11 11:0.23
u:50 0:0.43 1:-0.32 2:-0.22 5:0.14 6:0.23 7:-0.3 11:-0.32 13:-0.11
u:500 5:0.25 12:-0.14
u:5000 1:0.33 2:0.17 4:-0.18 9:0.1
u:52 6:-0.23
u:55 1:-0.15 2:-0.22 5:-0.31
u:58 1:-0.19 2:0.15
u:59 0:0.34 1:0.18 6:-0.12 7:0.13
u:6 0:0.87 1:-0.13 2:-0.13 4:0.2 6:0.23 7:-0.19 12:-0.13
u:60 1:-0.3
u:600 0:0.16 1:0.1 2:0.15 4:-0.16
u:620 4:0.14
u:640 4:-0.18
u:65 0:0.18 2:-0.11 4:0.44 5:-0.32 11:0.35
u:7 0:0.4 3:0.24 4:0.26 5:-0.19 13:-0.21
u:70 1:0.12 4:0.37 11:-0.13
u:75 5:-0.16 6:-0.11
u:79 6:0.22
u:8 0:0.48 1:-0.12 5:0.18 6:-0.39 7:-0.1 12:0.32
u:80 0:-0.37 4:0.36 5:0.23 11:-0.13 12:-0.17
u:800 4:-0.21
u:85 4:-0.11
u:89 2:0.1
u:9 0:0.6 1:0.19 4:0.14 5:-0.45 7:0.12 11:-0.11 13:-0.15
u:90 0:0.32 2:-0.18 3:-0.27 4:0.12 5:0.34 6:-0.19
u:900 4:-0.11
u:95 4:0.26 5:0.11 11:-0.2
u:99 0:0.18 1:0.13 4:0.42 5:-0.23 8:-0.11
u:? 1:-0.17 3:-0.17 5:-0.5 7:-0.35 8:-0.31 9:-0.15 11:-0.2 12:-0.17 13:-0.17
u:a 0:-0.33 1:-0.23 3:-0.34 4:0.14 5:-0.17 7:-0.26 8:-0.29 10:-0.41 12:-0.17
u:abit 0:-0.14 8:-0.12
u:about 0:-0.15 2:-0.17 3:-0.21 4:-0.31 9:0.12 10:0.25 13:-0.24
u:above 0:-0.21 3:0.14 6:-0.12 12:0.12
u:abroad 3:-0.25
u:absolute 0:0.25 1:0.25 2:-0.27 3:-0.31 4:0.33 5:0.21 6:0.38 12:-0.13
u:absolutely 0:-0.12 1:-0.13 6:-0.1 9:-0.15
u:accepted 0:0.12
u:access 4:-0.1
u:accha 5:0.29
u:accommodation 0:0.25 5:-0.16 7:0.12
u:account 0:0.22 3:-0.13 5:-0.14 6:0.35 7:0.16
u:accountant 0:0.23 4:-0.19
u:accounts 1:-0.21 5:-0.13 6:0.21
u:accurate 1:-0.14 2:0.12 4:-0.12
u:acknowledgement 5:0.15
u:across 6:-0.13 12:-0.13
u:acted 1:0.58
u:action 5:0.11
u:actually 0:0.39 3:0.15 6:0.5 7:0.38 8:0.25 9:0.3 10:0.12 11:0.11 12:0.55 13:0.55
u:add 5:-0.16 6:-0.13
u:address 0:-0.11 1:0.21 2:-0.13 5:0.3 6:-0.26 8:-0.1
u:adds 0:-0.18 4:0.28
u:adjusted 2:0.12 5:-0.11
u:adjuster 0:-0.2
u:adjustment 6:0.18
u:admin 4:0.19 5:0.1 11:-0.13
u:admit 0:-0.28 1:-0.22 5:0.23 6:0.24
u:admitted 1:-0.15 2:0.26
u:adore 1:0.11
u:advance 0:-0.13
u:advertised 2:0.16 5:0.2 6:-0.11 12:-0.12
u:advice 2:1.02 5:-0.3 6:-0.15 7:0.12 9:-0.32
u:adviser 0:-0.28 1:0.27 2:0.48 5:-0.15 6:-0.18
u:advisers 1:-0.32 2:0.27 5:-0.11 6:0.23
u:advisor 0:-0.37 2:0.44 7:-0.14
u:afford 3:-0.11 4:0.1
u:after 0:0.13 2:-0.17 5:0.55 6:0.2 7:0.18 10:0.27 13:0.12
u:aftercare 0:-0.15 1:-0.12
u:afternoon 0:-0.22 1:-0.26 3:0.21 4:0.1 6:0.35 7:0.19 10:-0.13 11:0.14
u:afternoons 0:0.16 3:0.16
u:afterwards 0:0.21 1:0.15 3:0.12 5:0.14
u:again 1:-0.14 2:-0.28 3:-0.16 4:0.29 5:0.91
u:against 1:0.2 2:0.24
u:age 0:0.25
u:agency 2:-0.23 4:0.17 5:0.15 6:0.25 12:-0.11
u:agent 0:0.1 2:0.46 4:0.11 5:-0.46 6:0.67 8:-0.16 9:-0.21 12:0.18 13:-0.41
u:agents 0:-0.23 4:-0.16 5:0.29 6:-0.22 12:-0.1
u:ages 0:0.32 4:-0.2 6:-0.19 7:-0.13 12:0.1
u:ago 0:-0.16 1:-0.12 5:0.2 6:0.38 12:0.15
u:agree 5:-0.16
u:agreed 0:-0.27 3:-0.11 4:-0.13 5:0.41 6:0.31 8:0.17
u:ahead 0:0.38 1:-0.11 5:-0.17
u:air 5:-0.26 10:0.16
u:airport 11:-0.11
u:aisle 0:-0.11 5:-0.17
u:aisles 3:0.39 5:-0.15 6:-0.17
u:alarm 5:-0.39 6:-0.29
u:all 2:0.22 3:0.29 4:-0.38 6:-0.27 7:-0.14 9:0.16 12:-0.15 13:0.18
u:allergens 2:0.1
u:allergy 1:0.13 6:0.14
u:allowance 2:0.24 6:-0.18 9:-0.12
u:almost 0:0.39 1:0.24 2:0.15 4:-0.26 5:0.17 6:-0.37 10:0.14
u:alone 4:0.26 5:0.3
u:along 2:0.55 4:-0.18 5:-0.38 9:-0.13
u:already 1:-0.24 2:-0.25 3:0.2 4:0.17 5:0.41 6:0.38 12:-0.24 13:-0.15
u:alright 5:-0.27 12:-0.15
u:also 2:0.23 4:0.37 7:-0.12 12:0.23
u:alternator 0:-0.12
u:although 0:0.15 5:0.13 6:-0.24
u:always 0:0.13 1:0.49 2:-0.34 3:0.36 5:-0.28 7:0.16 8:0.31 10:0.15 11:0.1
u:am 4:-0.11
u:amable 0:0.13 1:0.25 5:-0.21
u:amazed 0:0.11
u:amazin 3:0.58 10:-0.11
u:amazing 3:0.3 5:0.1 12:0.15
u:ambulance 1:0.48
u:amount 5:-0.29 6:-0.2
u:amounts 6:0.17
u:an 0:0.11 1:-0.27 2:0.36 4:0.19 5:-0.21 6:0.33 10:0.16
u:anaesthetic 2:-0.2
u:ancient 5:0.1
u:and 0:0.39 1:0.33 2:0.51 3:0.25 4:0.18 5:0.34 6:0.17 8:0.37 9:0.34 11:0.26 12:0.18 13:0.22
u:angel 1:0.19
u:angels 1:0.11
u:angry 4:-0.12 5:0.15 6:0.25
u:animals 1:0.14 2:0.31 5:-0.19 10:0.13
u:anniversary 0:0.14 7:0.1
u:announced 6:0.18
u:announcements 0:0.1 6:0.39
u:annoyed 2:0.12
u:annual 0:-0.22 1:-0.16 2:-0.12 5:0.38
u:another 0:0.13 1:-0.46 2:0.22 3:-0.27 4:-0.1 5:0.21 6:-0.12 7:-0.17 9:0.18 12:-0.14 13:-0.23
u:answer 1:0.11 2:0.38 3:-0.12 4:-0.37 5:-0.24 6:-0.2 7:-0.16 9:0.19 11:0.12
u:answered 0:0.27 5:-0.32 6:-0.12 8:0.14
u:answering 0:0.12 1:0.18 2:0.14
u:answers 0:-0.35 1:-0.3 2:0.51 4:-0.23 5:-0.14 6:-0.33 7:0.13
u:any 1:0.21 2:0.12 5:-0.26 6:-0.35 7:0.11 12:-0.11
u:anyone 0:-0.32 1:-0.15 2:-0.2 3:-0.11 4:-0.33 5:-0.22 6:0.19 10:0.11
u:anyones 2:0.23
u:anything 1:-0.58 2:0.12 3:-0.22 4:0.12 6:0.49 8:0.24 9:0.21 11:0.12 12:0.18
u:anyway 1:0.34 5:0.12
u:anywhere 3:0.18 5:0.14 6:0.21 11:0.14
u:apart 4:-0.33 5:0.26 12:-0.11
u:apologetic 0:0.13 1:0.32 2:-0.18 3:0.28 4:0.14 5:0.2
u:apologise 0:0.27 1:-0.35 4:-0.14 5:0.11
u:apologised 1:0.23 3:0.1 5:0.21
u:apologising 1:-0.21 3:0.12 5:0.24 6:0.19
u:apology 0:-0.38 6:0.37 12:-0.11
u:app 0:-0.18 1:-0.26 4:0.19 5:0.38 6:0.59 12:-0.14 13:0.18
u:apparently 0:0.36 1:-0.14 9:-0.12
u:appeal 5:0.29 6:-0.21 12:0.11
u:appealed 5:0.36
u:appeared 6:0.29
u:application 2:0.32 6:0.1
u:applied 0:0.39
u:appointment 1:0.14 5:-0.17 8:0.1 9:0.13 13:-0.21
u:appointments 1:-0.1 6:0.15
u:appreciate 4:-0.12 6:0.12 13:0.13
u:appreciated 1:0.12 2:-0.31 5:-0.14 6:0.45
u:apprentice 1:0.18 2:0.16 5:0.4 6:-0.22
u:apps 2:-0.21 4:0.11 6:0.24
u:april 1:-0.12
u:archive 2:0.21
u:are 1:0.16 2:0.24 5:0.33 6:-0.19 7:-0.15 10:-0.32 11:-0.31 13:-0.35
u:area 2:-0.22 3:0.3 5:0.36 6:0.13
u:areas 5:0.13
u:arent 0:0.3 1:-0.2 2:0.19 5:0.24
u:arm 0:-0.11 5:0.25 6:0.15
u:around 1:-0.13 2:0.17 5:-0.24 6:0.17
u:arrangement 1:0.12
u:arrangements 5:0.24 6:0.13 12:0.14
u:arrears 6:0.15
u:arrive 0:0.24 4:-0.14 5:0.27 7:0.13
u:arrived 0:0.74 1:-0.27 2:-0.28 4:0.19 5:0.54 6:0.72 12:-0.12
u:arrives 1:0.16 4:-0.1
u:arriving 5:0.13
u:as 0:0.11 1:0.56 4:0.25 6:-0.11 7:0.11 10:0.2 11:0.35
u:ask 0:-0.25 1:0.47 2:0.49 3:-0.23 4:-0.11 5:-0.4 6:-0.29 8:-0.19 9:-0.39 13:-0.23
u:asked 0:-0.64 2:0.34 3:-0.42 4:-0.46 5:-0.24 6:-0.29 8:-0.24 9:-0.15 12:-0.13 13:-0.25
u:asking 0:-0.35 2:0.33 3:-0.15 5:-0.3 8:-0.19 11:-0.11 13:0.12
u:asks 2:0.38
u:asleep 1:0.21 5:-0.15 8:-0.14
u:assessment 0:0.26
u:assistance 0:0.13
u:assistant 0:-0.11 1:0.23 2:0.43 4:-0.22 6:-0.17 13:-0.17
u:assistants 0:0.17 1:0.13
u:assured 2:0.16
u:at 0:0.48 1:0.14 2:-0.2 3:-0.16 8:-0.12 9:0.12 12:0.12 13:0.12
u:ate 1:0.45
u:attendant 2:0.22 6:-0.16
u:attended 5:0.11
u:attentive 1:0.1 5:0.27
u:audio 5:0.52 12:0.18
u:auditorium 4:0.58 5:0.27
u:august 0:0.4 7:-0.19
u:autism 1:0.12 2:0.38
u:auto 0:0.14 5:0.53
u:automated 2:-0.15 3:0.14 5:0.18 6:0.21
u:available 0:0.2 7:-0.1
u:average 0:0.12
u:await 6:-0.21
u:awakening 4:-0.17 5:-0.12
u:away 0:0.3 1:0.11 2:0.15 4:0.19 5:-0.31 7:0.17 9:0.2 12:0.13
u:awful 6:-0.18
u:awkward 6:-0.13
u:b 6:-0.14
u:baby 4:0.12 5:-0.14
u:back 0:-0.32 1:0.14 2:-0.24 3:-0.28 5:0.56 6:-0.3 7:0.3 10:-0.31 12:-0.22
u:background 6:0.26
u:backup 0:0.13 1:-0.1
u:backwards 2:0.58
u:bacon 5:0.17
u:bad 0:-0.12 2:0.18 3:-0.25 4:0.2 6:-0.31 11:-0.15 12:-0.26
u:badly 0:-0.13 5:0.12 6:-0.21
u:badminton 2:-0.12 6:-0.12
u:baffling 0:-0.21
u:bag 0:0.32 3:-0.11 4:0.17 5:-0.36 6:0.22 12:0.3
u:bagged 0:0.26
u:bags 0:0.22 3:0.12 4:0.14 11:-0.2
u:bahut 0:0.12 5:0.13
u:baked 5:0.3
u:bakery 3:0.18 4:0.18 5:0.34 12:0.14
u:balance 1:-0.18 5:0.12
u:balayage 2:-0.12
u:ball 0:-0.11 1:0.38 5:-0.28
u:band 1:-0.45 5:0.21
u:bands 4:0.25
u:bang 0:0.2 1:-0.14 2:0.16 5:-0.22 6:-0.11 7:0.12
u:banister 5:0.1
u:bank 0:0.13 2:-0.33 3:-0.21 4:-0.19 5:-0.71 8:0.12 9:-0.15
u:banking 5:0.33
u:banks 0:0.21 1:-0.28 2:0.23 5:0.31 6:-0.19
u:bar 0:0.13 1:0.3 2:-0.14 5:0.12 6:0.12
u:barber 1:-0.18 2:-0.11 4:-0.19 5:0.59 6:-0.36 12:-0.19
u:barely 1:0.11 2:0.19 5:0.44 6:-0.26 9:-0.14 12:-0.29 13:-0.2
u:bargain 0:-0.14 4:0.44 11:0.14
u:barista 1:0.12 5:0.19
u:barman 1:-0.24 5:0.16
u:barrier 1:0.12 2:0.11
u:barriers 5:-0.15 6:-0.14
u:base 1:-0.16 5:-0.19
u:basic 0:0.18 2:0.12
u:basically 3:0.1 5:-0.2 6:0.15 7:0.18
u:basin 0:0.13
u:basket 5:-0.32
u:bath 1:-0.14 4:-0.17 5:0.26 10:-0.18
u:bathroom 1:-0.11 3:-0.11 5:-0.15 10:-0.11
u:bathrooms 3:0.59
u:batter 0:0.41 5:0.13
u:battery 0:-0.32 1:-0.16 2:-0.16 12:0.11
u:bay 0:0.11 5:-0.16
u:bays 5:-0.11
u:be 0:0.24 1:-0.62 2:-0.13 3:0.14 5:-0.27 6:0.36 9:-0.22
u:beans 5:0.25
u:beautiful 5:0.75 12:0.25
u:beautifully 0:-0.2 4:0.15 5:0.51
u:because 2:0.18 5:-0.18 7:-0.3 8:0.22 10:0.17 11:0.16 12:-0.21 13:-0.12
u:become 4:0.12 6:0.11
u:bed 0:-0.39 1:0.23 3:0.34 5:0.28 6:-0.1 11:0.16
u:bedroom 5:-0.41
u:beds 0:0.16 5:0.14
u:beef 5:0.16 12:-0.12
u:been 1:-0.3 2:0.1 4:-0.39 5:-0.24 6:0.59 7:-0.34 10:-0.31 11:0.24 13:-0.25
u:beer 5:-0.16
u:before 0:0.42 1:-0.33 3:0.1 4:-0.16 5:-0.55 7:0.29 10:0.44 12:0.12 13:0.36
u:beforehand 6:0.31
u:behalf 6:-0.21
u:behind 0:0.63 1:0.27 5:-0.33 6:0.15 8:-0.11 9:0.12
u:being 0:0.29 1:0.17 2:-0.23 4:-0.13 5:-0.42 6:-0.2 7:-0.23 8:-0.29 9:-0.1 13:-0.1
u:believe 2:0.16
u:bell 0:0.18 5:0.28
u:bella 2:-0.19
u:belt 0:0.19 5:-0.12
u:benefit 1:0.31 2:0.18 5:-0.2
u:best 0:-0.26 1:-0.21 2:-0.33 3:-0.71 5:0.49 6:-0.14 7:-0.11 11:0.28 12:0.55 13:0.15
u:better 1:0.32 2:0.18 5:0.18 6:-0.17 8:-0.11 9:0.2 12:0.32
u:between 0:0.34 1:-0.33 2:0.12 4:0.18 6:0.36 7:-0.18
u:beyond 0:-0.24 1:0.23 4:0.14 5:-0.24
u:biased 1:-0.33
u:bien 1:-0.2 5:0.42
u:big 1:-0.16 2:0.45 4:0.14 5:-0.18 6:-0.21 9:0.16 11:0.19
u:biggest 0:0.11 5:0.13 6:-0.25
u:bike 5:0.19
u:bikes 0:-0.12 1:-0.1 5:0.18
u:bill 0:0.12 1:0.21 2:-0.4 4:0.74 5:-0.29 6:0.78 8:-0.15 11:-0.14
u:billing 5:0.13 6:-0.15 12:0.11
u:bills 0:-0.13 4:-0.31 5:-0.15 6:0.2
u:bin 0:-0.62 1:-0.14 3:-0.12 5:0.14 13:-0.17
u:bins 0:-0.15 2:-0.26 3:0.17 5:0.94 6:-0.28 10:-0.23 12:-0.35
u:bird 3:-0.13 5:0.53 12:0.13
u:birth 4:-0.1 5:0.15
u:birthday 1:-0.3 6:-0.31
u:bit 2:0.14 4:0.37 5:-0.1 6:-0.47 7:0.2 8:-0.14 9:0.19 10:0.25 11:0.11
u:bite 5:0.29
u:bits 5:-0.19 7:0.1
u:bitter 5:0.45
u:black 0:-0.1 1:-0.14 3:-0.1 5:0.55 6:0.25
u:blame 1:0.16
u:blamed 0:0.14
u:blames 0:-0.18 2:0.46 5:0.33 6:-0.1 9:-0.13
u:bled 0:-0.18 5:0.33
u:bless 5:-0.17
u:blind 0:-0.22
u:block 5:-0.27
u:blocked 0:0.21 6:-0.27
u:bloke 0:0.19 1:0.49 2:0.1 6:-0.12 7:0.13
u:blood 0:0.24 1:-0.34 2:0.56 3:-0.28 4:0.13 6:-0.33 7:0.22
u:blow 0:-0.19 1:0.12 4:0.11 5:-0.34 11:0.12 12:-0.12
u:blue 0:-0.14 2:0.24 6:0.13
u:board 0:-0.39 4:-0.17 6:0.59
u:boarded 3:0.11
u:boards 3:0.14 4:0.16 5:0.54 10:0.11 11:-0.15
u:bob 1:0.13 2:0.29 5:0.5
u:bogs 3:0.13
u:boiler 3:0.51 4:-0.11 5:-0.2 6:-0.15
u:boilers 0:0.48 5:-0.41
u:bone 2:-0.16 12:0.28
u:book 1:-0.35 4:-0.28 5:-0.29 7:-0.2
u:booked 0:0.33 2:-0.23 3:0.13 5:0.78 6:-0.2 7:0.21 8:-0.11 12:0.11
u:booking 0:0.23 2:-0.18 5:-0.25 6:0.34 7:0.22 8:0.14 13:0.25
u:books 0:0.1 2:0.2 4:0.67 5:-0.3 6:-0.2 9:0.12 11:0.12
u:bookshop 1:-0.2 2:0.38 5:-0.5 6:0.13 9:0.1
u:booth 1:-0.32 3:0.4
u:boots 5:0.21 12:0.13
u:borrow 4:0.41
u:borrowers 0:0.14
u:boss 0:-0.19 1:0.12 2:0.42 6:-0.22
u:bot 0:0.13 2:-0.24 5:0.13 6:0.44 13:-0.19
u:both 0:-0.2 1:-0.12 4:0.16 6:0.19 11:0.19
u:bothered 0:0.14 1:0.11 2:0.2
u:bottle 3:0.29 4:0.17 11:0.16
u:bought 2:-0.17 3:-0.14 5:0.99 13:0.12
u:box 0:-0.35 1:-0.12 2:0.2 3:-0.23 4:-0.39 5:0.21 6:0.11 9:-0.18 13:0.11
u:boxed 5:0.1
u:boxes 4:-0.15 5:0.24 12:-0.1
u:boy 8:-0.21
u:brakes 2:0.32 4:-0.17 5:0.17 9:-0.18
u:branch 1:-0.21 4:-0.16 5:-0.48 6:-0.18 7:0.26 9:-0.23 13:-0.22
u:branches 13:-0.11
u:brand 0:0.31 3:0.2 4:-0.18 5:0.55 6:-0.19 7:0.11 10:0.1 12:0.14
u:brassy 2:-0.13 5:0.11
u:brave 5:0.25
u:bread 5:0.47 12:-0.2
u:break 2:-0.21 5:-0.22 6:-0.22 7:-0.13
u:breakdown 0:0.27
u:breakfast 0:-0.18 2:0.18 3:0.13 4:0.65 5:0.76 8:0.14 11:0.11 12:0.12
u:breaking 5:0.11
u:breaks 4:0.11 5:-0.14
u:bridal 3:0.23 5:-0.11 6:-0.12 8:0.18
u:brides 5:0.41 6:0.23 13:0.1
u:bright 2:-0.26 3:0.15 4:0.11
u:brighter 5:0.23 6:-0.1
u:brill 0:0.13 1:0.32 5:0.31
u:brilliant 1:0.22 3:-0.14 4:-0.22 5:0.24 8:0.14 9:0.19 13:0.1
u:brilliantly 5:0.23
u:bring 0:0.28 5:0.13 6:0.13
u:bringing 5:0.17
u:brings 2:0.24
u:broad 0:0.14 4:0.12 5:-0.11
u:broadband 1:-0.23 3:-0.11 4:0.39 5:0.13 7:-0.12 9:-0.15 11:-0.17 12:0.14
u:broadly 1:0.13 11:0.11 13:0.15
u:brochure 1:-0.13
u:broke 0:0.12 2:-0.11
u:broken 0:0.55 1:-0.11 2:-0.21 6:-0.16 7:-0.1 10:0.13
u:brought 0:0.13 1:-0.22 2:-0.16 3:0.18 5:-0.25 8:0.1 10:0.18 12:0.15
u:brown 5:0.39 6:-0.11 7:-0.1 12:-0.11
u:brows 1:0.14 5:0.51 8:-0.13
u:brusque 1:0.18
u:budget 0:-0.22 4:-0.13 6:0.14 11:0.29 12:0.11
u:build 6:0.45
u:builder 0:0.24 1:-0.25 2:0.32 5:-0.15 6:0.2 7:-0.11 9:-0.14
u:builders 1:-0.15 11:0.11
u:building 0:-0.15 1:0.21 5:-0.24 6:-0.11
u:builds 1:0.28
u:built 1:0.19
u:bulb 2:0.39
u:bulbs 1:0.15 5:0.19 6:0.15
u:bulky 4:-0.31 5:0.16 6:-0.15
u:buns 4:0.14
u:burger 5:0.24 12:0.11
u:burgers 10:-0.13
u:burnt 5:0.47 12:-0.16
u:burst 0:0.27
u:bus 1:0.28 4:-0.3 5:-0.53 6:-0.12 8:0.11
u:buses 0:0.17
u:busiest 5:0.11
u:business 0:0.2 2:-0.23 5:0.12 6:-0.12
u:busy 1:0.53 2:-0.17 5:-0.33 8:-0.12
u:but 0:0.3 1:0.51 2:0.16 3:0.22 4:0.39 5:0.31 6:0.16 7:-0.21 8:0.37 10:-0.14 11:-0.39 12:0.2
u:butcher 0:-0.24 2:0.27 5:0.38 6:-0.24
u:button 1:0.27 5:0.2 8:-0.1
u:buy 0:-0.14 1:0.31 2:0.13 4:-0.12 6:-0.26 11:-0.16
u:buyer 13:-0.13
u:buying 0:0.18 1:-0.24 3:-0.15 4:0.25 11:0.14
u:by 0:0.7 2:-0.2 3:0.33 4:0.13 5:-0.14 6:0.15 7:0.19 8:0.12 9:0.19 10:-0.15 11:-0.12 12:-0.12
u:cabin 5:-0.12
u:cabinet 1:-0.11 3:0.27 5:0.24 12:0.12
u:cable 0:-0.15 2:0.12 3:-0.13 5:0.17 6:-0.14
u:cafe 3:0.19 5:-0.39 12:-0.14
u:café 0:-0.11 1:-0.43 2:-0.14 3:0.19 10:-0.2
u:cafés 5:0.14
u:cake 1:-0.17 5:0.53 6:-0.22 12:0.1
u:cakes 5:0.2
u:call 1:-0.15 2:-0.48 5:-0.28 6:0.22 12:-0.2
u:callback 5:-0.23 6:0.26 7:0.16
u:called 0:0.18 1:-0.11 2:-0.17 4:0.13 13:0.26
u:callers 2:0.19 5:-0.12 6:-0.15 13:0.1
u:calling 0:0.14 1:0.67 2:0.13 6:-0.16 8:-0.11
u:calls 0:0.11 2:-0.35 4:-0.23 5:0.17
u:calm 0:0.31 1:-0.64 3:-0.18 5:-0.11
u:calmer 0:0.16 1:-0.15 5:0.2 6:-0.19
u:came 0:0.24 1:0.33 9:0.27 13:0.11
u:camera 0:0.24 2:0.23 3:0.14 5:-0.17 7:0.11
u:cameras 2:0.15 5:0.27
u:can 0:-0.3 1:-0.15 2:0.58 3:0.22 4:-0.12 6:0.21 9:0.12 12:0.15 13:0.38
u:canada 1:0.17
u:cancel 2:0.15 4:-0.26 5:0.31 6:0.26
u:cancellations 2:0.21 6:-0.11
u:cancelled 0:0.23 1:-0.4 2:-0.2 4:-0.45 5:-0.3 6:0.62 7:-0.33 12:0.18 13:-0.29
u:cancelling 0:0.12
u:canned 6:0.27
u:cannot 9:-0.1
u:cant 0:0.11 1:0.19 2:0.2 3:-0.13 4:0.45 6:-0.3 8:0.3 9:-0.17 11:0.39 12:0.27 13:-0.19
u:canteen 0:-0.31 4:-0.54 5:0.11 6:-0.14
u:cap 5:-0.1
u:car 0:0.37 1:0.25 2:-0.33 3:0.44 5:-0.31 6:-0.12 8:0.18 11:-0.13 13:-0.18
u:carbonara 5:0.17
u:card 0:0.22 1:0.47 2:-0.12 4:0.19 5:-0.27 6:-0.19 8:0.29
u:cards 3:0.12
u:care 0:0.44 1:-0.49 6:0.16 7:-0.12 12:0.12
u:careful 1:0.33 3:0.2 5:0.42 12:0.11
u:carer 1:-0.14 5:-0.15
u:carers 0:0.25 1:0.18
u:caretaker 1:0.36 2:0.33 5:-0.27 6:-0.23
u:caro 5:-0.11
u:carpet 3:0.28 5:0.28
u:carpets 1:-0.16 3:0.11 5:-0.29 10:-0.1
u:carried 1:0.32 3:0.19 12:0.11
u:carrier 5:-0.16 11:-0.26
u:carrying 5:0.17
u:cars 0:0.14 5:0.26 6:0.33
u:cartridges 0:0.26 4:0.19
u:case 0:-0.3 1:0.45 2:-0.17 4:0.12 13:0.1
u:cases 1:-0.18
u:cash 5:0.14 6:-0.11
u:cashier 1:0.27 5:-0.46 6:-0.19 8:-0.28 9:-0.12
u:cashpoint 1:-0.24 5:-0.19
u:cast 5:0.35
u:cat 1:0.14 2:0.23 4:0.15 6:-0.11 11:-0.1 12:0.13
u:catalogue 0:0.15
u:catching 0:-0.13
u:catering 6:0.14
u:cats 0:0.38
u:cctv 0:-0.19 1:0.38 2:0.25 5:-0.11 6:0.44 13:0.11
u:central 0:0.18
u:centre 0:0.54 1:0.37 2:0.38 3:0.13 4:0.17 5:-0.47 6:-0.3 7:-0.16 11:0.13 12:-0.15
u:centres 0:-0.15 1:0.18 5:0.38
u:ceremony 5:-0.43
u:certificate 5:0.32
u:cest 1:0.19 4:0.37 5:0.22
u:chain 1:0.11 6:-0.15
u:chains 0:-0.11 1:0.26 5:-0.17 8:-0.12
u:chair 0:0.29 1:0.27 5:-0.11 8:-0.14
u:chairs 0:-0.18 3:0.12
u:chance 0:-0.19 5:0.13
u:change 0:0.26 1:0.74 3:0.16 4:0.18 5:-0.27 6:-0.56 8:0.24
u:changed 0:-0.21 2:-0.22 13:-0.21
u:changes 0:-0.19 4:-0.23 6:0.25
u:changing 1:-0.14 3:0.44 5:-0.46 6:-0.12 10:-0.15 11:0.19
u:channel 0:-0.21
u:chaos 3:-0.27 5:0.5 6:-0.12
u:chap 0:0.24 1:0.36 2:0.38 4:0.14 5:0.12 9:0.11
u:charge 0:-0.48 1:0.2 2:-0.34 3:-0.4 4:0.8 5:-0.4 6:0.63 11:-0.19 13:-0.22
u:charged 0:-0.38 1:-0.3 2:-0.28 4:1.22 5:0.52 6:0.14 11:-0.31 12:-0.13 13:-0.16
u:charger 5:-0.29
u:charges 1:-0.21 2:0.47 4:0.21 5:0.24 6:-0.13 12:0.11
u:charging 0:-0.14 4:0.2 5:-0.18
u:charming 0:0.16 5:-0.17 6:-0.22
u:chase 1:-0.12 2:-0.2 4:-0.16 6:0.17 7:-0.25 13:0.1
u:chased 4:0.16 5:-0.17
u:chat 0:0.2 1:0.46 3:-0.15 4:-0.14 5:0.25 6:0.48 13:-0.35
u:chatbot 2:-0.18 5:-0.11 6:0.69 13:-0.13
u:chatted 1:0.32
u:chatting 1:0.47 8:-0.14
u:chatty 6:0.12 12:-0.13
u:cheap 0:0.15 1:-0.25 2:-0.3 4:0.64 5:-0.16 6:-0.27 7:0.13 11:0.71 12:-0.26
u:cheaper 0:0.19 2:0.39 3:-0.11 4:0.22 5:0.13 6:-0.16 9:0.13
u:cheapest 0:-0.25 1:-0.11 4:0.26 7:0.11 11:0.32 12:-0.11
u:check 0:0.52 4:0.16 5:-0.23 6:0.23 9:0.26 12:-0.18 13:0.17
u:checked 0:-0.19 1:0.16 2:0.7 3:0.22
u:checker 3:-0.12
u:checking 0:-0.33 1:0.41 2:-0.11 6:-0.12
u:checkout 0:0.67 2:-0.22 3:-0.15 4:0.27 5:-0.35 6:0.61 11:-0.19 13:-0.14
u:checkouts 0:0.16 5:-0.21
u:checks 3:0.12 6:-0.16
u:cheerful 0:0.22 4:0.32 5:0.25 6:0.27
u:cheers 0:0.18 2:-0.17 3:-0.12 4:-0.13 5:0.18 12:-0.11
u:cheese 3:0.18 6:-0.11
u:chef 4:0.25 5:0.47 6:-0.12 8:0.11 10:-0.14 11:-0.12
u:chemist 1:-0.26 5:-0.19 6:0.17
u:cher 1:0.2 4:0.1 5:-0.21
u:chest 2:0.18
u:chewing 1:-0.42 5:0.14
u:chicken 0:-0.18 3:-0.16 5:0.35 6:-0.14 8:0.14 12:-0.12
u:child 2:-0.17 5:0.25
u:children 0:-0.2 1:0.11 4:0.12 5:0.31 6:-0.2
u:childrens 0:-0.11 1:0.41 3:0.19 5:-0.24 6:-0.13 8:0.19
u:chinese 3:-0.13
u:chipped 0:-0.17 1:0.15 2:-0.12 5:0.23 6:0.16 12:-0.14 13:-0.1
u:chippy 0:0.32 5:0.13
u:chips 1:-0.16 2:-0.21 3:-0.27 5:0.67 6:-0.13 11:0.32 12:-0.29
u:chocolate 1:-0.24
u:chocolates 1:-0.23
u:choose 1:-0.29 6:-0.13 12:0.12
u:choosing 6:-0.16
u:christmas 0:-0.16 1:-0.73 3:-0.17 5:-0.18 6:-0.3
u:chucked 1:0.25 3:-0.18 5:0.3 12:-0.12
u:chuffed 5:-0.11
u:chunk 0:0.19 5:0.12
u:church 0:0.11 2:0.18
u:cigarette 3:0.33
u:cinema 5:0.15 11:0.21
u:cinnamon 4:0.13
u:circles 0:-0.12 6:-0.12
u:citing 2:0.11
u:city 5:0.32
u:claim 0:0.27 1:-0.14 2:-0.11 5:0.13 6:0.21
u:claims 1:0.11 6:-0.11
u:class 0:-0.58 1:-0.13 2:0.26 5:-0.39 6:-0.18 7:-0.12 9:0.15
u:classes 0:0.15 5:0.43
u:clean 0:-0.15 1:0.28 2:-0.27 3:0.65 5:-0.16 6:-0.26 10:0.51 11:-0.1 12:-0.1
u:cleaned 0:-0.23 2:-0.2 3:0.28 4:0.44 5:-0.35 6:-0.25
u:cleaner 0:-0.22 1:0.13 2:-0.1 3:0.79 4:-0.18 5:-0.1 7:-0.12 10:0.33 11:0.11
u:cleaners 3:0.15 5:0.41 6:-0.13 8:-0.12
u:cleanest 1:-0.18 3:0.14
u:cleaning 1:-0.28 2:0.14 3:-0.22 4:-0.23
u:cleanliness 0:-0.16 1:-0.22 3:0.14 4:-0.17 6:-0.31 10:-0.14
u:cleans 3:0.22 10:-0.12
u:clear 1:0.16 2:-0.36 3:-0.16 4:-0.22 5:-0.13 6:0.98 13:0.42
u:cleared 2:0.4 9:0.14
u:clearer 2:-0.1 5:-0.12 6:0.23
u:clearing 1:0.2
u:clearly 1:0.34 2:0.4 12:-0.21 13:0.12
u:clerk 0:-0.23 1:-0.12 2:0.28 4:0.15 5:-0.29
u:client 3:0.15 5:0.32
u:clients 0:-0.28 1:0.14 2:0.18 10:0.1 11:-0.15
u:clinic 0:0.19 1:-0.18 3:-0.29 4:-0.16 8:0.18
u:clinics 2:-0.17
u:clippings 3:0.43 10:-0.22 12:0.18
u:cloakroom 5:-0.65
u:clock 1:0.14
u:clocking 0:-0.31
u:clockwork 0:0.11
u:close 0:-0.23 5:-0.23
u:closed 0:0.19 4:0.25 6:0.19
u:closing 0:-0.28 2:-0.11 5:-0.42 6:0.24
u:closure 1:-0.21 4:-0.11 5:-0.29 6:0.16
u:cloud 5:0.36
u:cloudy 3:0.73 10:-0.13
u:club 0:0.12 1:0.23 3:0.11 5:0.16 6:0.4 10:-0.12 12:-0.17
u:clubs 0:-0.14 5:0.39
u:clued 2:0.11
u:clueless 2:0.73 5:-0.12 9:-0.19
u:clutch 3:0.25 5:0.19
u:coach 1:0.88 2:-0.14 6:-0.12 8:-0.21
u:coaches 0:0.12 2:0.1 6:0.14
u:coaching 2:0.1
u:coat 0:-0.34 2:0.15 3:-0.2 4:0.19 5:0.46
u:coats 0:-0.22 2:0.19
u:cocktails 0:-0.3 4:0.27 5:-0.29 11:0.18
u:code 5:-0.24 13:-0.13
u:codes 1:-0.21 5:-0.18 6:0.11
u:coffee 0:0.15 1:-0.2 2:-0.39 4:-0.2 5:0.32 6:-0.2 10:-0.15 12:-0.13
u:coins 0:-0.16 1:0.1 5:0.12
u:cold 0:0.36 1:0.49 2:-0.3 3:-0.3 4:-0.15 5:0.89 6:-0.21 7:-0.27 8:-0.15 11:-0.12 12:-0.28 13:-0.11
u:collar 12:-0.18
u:colleague 2:0.14 6:-0.18
u:colleagues 1:0.46 2:0.15 4:-0.1 6:-0.15
u:collect 1:-0.23 5:-0.13 6:0.22
u:collected 0:0.39 4:0.48 5:-0.29
u:collecting 3:-0.17
u:collection 0:0.25 1:-0.43 2:0.11 3:0.44 4:-0.42 5:0.49 12:0.35 13:-0.12
u:collections 0:-0.16 1:0.15 6:0.15
u:colour 0:-0.28 1:0.33 2:0.44 4:0.21 9:0.16
u:colouring 5:-0.11
u:colours 0:0.2 1:-0.12 5:0.15
u:come 0:0.29 2:-0.32 4:-0.19 5:0.18
u:comes 1:-0.13 2:0.32 5:-0.22 11:0.18
u:comfortable 0:-0.12 5:0.52
u:comfy 3:-0.35 5:0.31 12:0.12
u:coming 0:-0.26 2:-0.26 5:0.39 6:0.11 11:0.26 13:-0.12
u:comment 0:-0.23 1:0.27 5:-0.2
u:commented 2:0.12 5:0.12
u:commenting 0:0.13 5:0.13 10:0.17
u:comments 3:0.23
u:commission 6:-0.13
u:committee 2:0.1 5:0.25
u:communication 6:0.36 13:-0.21
u:community 1:0.19 2:0.29 5:-0.32 6:-0.15
u:company 0:0.11 3:-0.42 5:0.23 12:-0.27
u:companys 0:0.15 2:-0.13 5:-0.14 6:0.36
u:compared 1:-0.12 4:0.14 5:-0.13 6:-0.14 7:0.14 11:0.12
u:comparing 6:-0.11
u:compensation 0:0.13 6:0.16
u:competent 1:0.2 2:0.17
u:competitor 5:0.42
u:competitors 5:0.16
u:complain 0:0.19 3:0.22 5:0.3 6:-0.26 10:0.14
u:complained 4:-0.29 6:0.23
u:complaining 0:0.1 2:0.17 3:-0.13 5:-0.15 7:-0.18 13:0.14
u:complaint 0:0.32 2:-0.15 5:-0.14 6:-0.13 8:-0.11 12:0.13
u:complaints 0:0.55 3:0.1 4:-0.34 5:0.29 6:0.52 10:0.21 12:0.13
u:complete 2:0.14
u:completed 2:-0.13
u:completely 1:-0.13 4:-0.15 5:0.22 6:0.1 12:0.12
u:complimentary 3:0.33 4:-0.68 5:-0.11
u:complimenting 1:-0.14 5:0.15
u:compliments 1:0.36
u:compost 5:0.3 10:0.11 12:-0.11
u:computer 5:-0.1 6:0.17
u:computers 0:-0.12 4:0.25 5:0.28
u:compétent 2:0.12 4:-0.1 8:-0.12 9:0.11
u:concern 0:0.15 4:-0.12
u:concerned 2:0.11
u:concourse 6:0.2
u:conference 2:0.12 3:0.11 5:0.1 6:-0.14
u:confidence 1:0.24 6:-0.14
u:confirm 5:0.18 6:-0.16
u:confirmation 6:0.52 13:0.11
u:confirmed 0:-0.11 2:0.13
u:confused 6:0.13
u:confusing 1:-0.21 2:-0.13 5:-0.13 6:0.35 13:-0.3
u:connected 5:0.16
u:connection 1:0.17 5:0.18
u:connections 6:0.26
u:consensus 2:0.18 4:0.12
u:considered 1:-0.12 2:0.19
u:consistent 1:-0.23 2:0.49 5:0.17
u:consistently 1:0.17 2:0.23 5:0.11 12:-0.1 13:0.11
u:constantly 0:0.13 1:0.33 2:-0.13 4:0.11 5:0.43 7:-0.12 8:-0.11 12:-0.23
u:consult 5:-0.14
u:consultant 5:-0.12 6:0.28
u:consultation 0:-0.25 2:0.37 5:0.1
u:consulting 1:0.12 3:0.25
u:contacts 5:-0.22
u:contained 2:0.14 5:-0.13
u:contract 1:0.35 5:-0.38 6:0.18 9:-0.15 13:-0.11
u:contractor 3:0.12 5:-0.15 6:-0.13
u:contractors 5:0.2
u:contracts 1:-0.14
u:contradicted 0:0.12 2:0.14
u:contrast 1:0.12
u:control 0:0.27 1:-0.11 6:0.24 13:-0.14
u:convenience 5:-0.19
u:conversation 0:-0.17 8:-0.1
u:conveyancing 5:-0.16
u:cook 5:0.13 9:0.1
u:cooked 0:-0.1 5:0.3 12:0.1
u:cooking 0:-0.24 2:0.24 5:0.3 6:-0.25
u:cooler 1:-0.22 2:-0.18 3:-0.11 5:-0.11
u:coordinator 0:-0.29 4:-0.19 5:0.62 6:0.25
u:copier 2:0.14 6:0.23
u:coping 6:-0.14
u:copy 0:0.11
u:corner 0:-0.13 2:-0.46 6:-0.15
u:corners 0:0.34 3:0.2
u:corporate 6:-0.12
u:correct 2:0.25 4:0.3
u:corrected 1:-0.28 5:-0.11
u:correctly 6:-0.11
u:corridor 0:0.14 5:0.11
u:corridors 2:-0.16
u:corroded 0:-0.12 2:0.39 5:-0.13
u:cost 0:-0.29 1:-0.41 3:-0.1 4:0.48 5:0.11 11:-0.16
u:costs 0:0.11 4:0.44
u:costumes 0:-0.13 5:-0.14
u:cottage 5:0.32
u:couch 5:-0.32
u:could 1:-0.32 2:1.04 3:0.2 4:-0.45 5:-0.47 6:-0.41 8:0.13 10:-0.12 11:-0.16 13:0.14
u:couldnt 0:0.11 1:0.17 2:0.2 4:-0.12 5:-0.19 6:-0.29 7:0.14 9:-0.18 11:0.17
u:couldve 0:-0.23 2:0.23 3:0.6 5:0.3 6:-0.21 10:0.2
u:council 0:0.24 1:-0.31 2:-0.13 3:-0.36 4:-0.11 8:0.1
u:councils 2:-0.16 5:-0.16 6:0.31 13:-0.13
u:count 2:0.13
u:counted 1:0.13 3:-0.15
u:counter 0:0.22 1:0.24 2:0.11 3:0.34 4:-0.15 5:-0.17 6:-0.42 8:0.11 10:0.12 13:-0.12
u:counting 5:-0.14 6:-0.17
u:counts 4:0.19
u:county 1:-0.18 6:-0.12
u:couple 1:0.11 5:0.1 6:0.19
u:courier 0:0.34 1:0.18 2:-0.31 5:0.3 7:0.24 8:-0.11 12:-0.11
u:couriers 5:0.2
u:course 2:0.4 5:0.25 7:-0.14 9:0.12
u:courses 5:0.24 6:-0.13 11:0.16 12:0.11
u:court 1:-0.11
u:courteous 1:0.36 5:0.22 6:0.15 8:0.24
u:courtesy 5:0.25
u:cover 2:0.28 6:-0.12
u:covered 0:-0.12 3:0.15 5:-0.31
u:covering 0:0.2 2:-0.12 6:-0.15
u:covers 0:-0.22 3:0.29 5:-0.22
u:cowboy 2:-0.26 4:0.33 6:0.44 11:-0.1
u:crack 5:-0.16
u:cracked 0:0.13 2:-0.14 5:0.34
u:cracking 5:0.44
u:crash 5:0.24
u:crashed 0:0.36 5:-0.11 6:-0.14
u:crashes 0:-0.17 6:-0.34
u:cream 2:0.18 5:0.57 9:0.1 12:0.17
u:credit 0:0.2 1:-0.31 2:-0.12 4:-0.2 5:0.24 6:0.22
u:crept 3:0.11 4:0.18 5:-0.14 6:-0.16 11:-0.1
u:crew 0:0.51 1:0.14 2:-0.11 3:0.15 5:-0.17 10:0.13
u:crewe 6:-0.17
u:crews 2:-0.11 5:0.18
u:cried 5:0.28
u:cringe 1:0.23
u:crisis 0:-0.11 6:0.16
u:crisp 5:-0.28 9:-0.2
u:crisps 5:-0.52 11:0.16
u:criticised 2:0.13
u:criticism 2:0.1
u:crm 6:0.11
u:croissant 4:0.18 5:0.12
u:croissants 5:0.85
u:crown 0:-0.12 5:0.33
u:crowns 5:0.19
u:crumbs 3:0.17 5:-0.64 10:-0.11
u:crushed 2:-0.18
u:cupboard 4:-0.12 5:0.22
u:cups 3:0.22 5:0.14
u:curly 5:0.21
u:current 2:0.13 4:0.23
u:curry 0:0.18 5:0.49 8:-0.11
u:curt 1:0.21 6:-0.14 8:-0.17
u:customer 0:-0.2 1:0.25 3:-0.14 8:-0.13 10:-0.11 11:-0.16 12:-0.13 13:-0.11
u:customers 0:0.31 2:0.21 3:0.22 4:0.17 5:0.31 6:0.6 8:-0.19 10:0.14 11:0.11 12:-0.12 13:0.12
u:customs 1:0.15
u:cut 3:0.41 4:-0.37 5:0.2 10:-0.22 11:0.16 12:0.17
u:cutlery 1:0.21 2:0.11 5:-0.15 6:-0.11
u:cuts 0:-0.17 5:0.12 6:-0.11
u:cutting 1:0.13 4:0.26 5:-0.15
u:cv 1:-0.26 2:0.24
u:dad 1:0.17 3:-0.1 5:-0.14 7:0.14
u:dads 5:-0.15
u:daft 0:-0.2 5:0.32
u:daily 3:0.3 5:-0.18 6:0.24
u:damage 4:-0.27 5:-0.35 6:0.27 12:0.1
u:damaged 0:0.17 1:-0.32 5:0.23 6:0.13 12:0.14
u:damp 1:-0.3 2:0.35 5:-0.48
u:dark 0:0.5 4:-0.14 5:0.33 6:0.11
u:das 1:-0.14 5:0.24
u:date 1:-0.12
u:dated 4:-0.1 5:0.19 6:-0.14
u:dates 0:-0.14 2:0.17 5:-0.12 6:0.81 13:-0.16
u:daughter 1:0.24 4:0.14 5:0.17 12:0.11
u:daughters 0:-0.27 5:0.16 6:0.12 11:0.13
u:dave 0:-0.17 1:0.13 2:0.29 6:0.16 12:0.11
u:day 0:0.46 1:0.16 2:-0.49 3:-0.17 4:-0.26 6:0.61 7:-0.17 9:-0.1 10:0.15 12:-0.18
u:daylight 0:-0.36 4:0.19 11:-0.15
u:days 0:1.11 1:-0.27 2:-0.73 3:-0.14 4:-0.46 5:-0.25 6:0.11 7:0.25 11:-0.22 12:-0.27
u:de 4:-0.24
u:dead 0:-0.12 1:0.21 2:-0.12 3:0.21 7:0.11
u:deadlift 2:0.29 5:-0.16
u:deadline 4:-0.29 5:0.31
u:deadlines 2:0.23
u:deal 0:-0.21 4:-0.24 5:-0.24 11:0.17 12:0.16
u:dealer 1:0.1 5:-0.34 6:-0.14 9:0.14 11:0.11
u:dealership 5:-0.18
u:dealerships 3:0.29 4:-0.22
u:dealt 0:0.43 3:0.21 6:-0.18 10:0.11
u:dear 0:-0.13 1:-0.16 4:0.84 5:-0.12 6:-0.12 11:-0.41
u:dearest 4:0.32 11:-0.12
u:debit 4:0.22 5:-0.2
u:decent 1:0.13 4:0.16 5:0.47 11:0.24 12:0.19
u:decide 1:0.15 6:0.16
u:deciding 0:-0.17
u:decision 5:0.34
u:decisions 1:-0.17
u:dedicated 5:0.17
u:deep 4:0.12 5:0.25 10:-0.2
u:def 1:0.32 5:-0.11
u:definately 5:-0.18
u:definitely 3:0.19
u:defo 0:0.33
u:degree 1:-0.2 13:-0.13
u:delay 1:-0.11 5:0.32 6:0.26 7:0.11 13:0.14
u:delayed 0:0.18 1:-0.1
u:delays 6:0.42 13:0.18
u:deli 1:0.16 6:-0.11
u:delicious 5:0.18
u:delivered 0:-0.29 1:0.43 2:-0.29 5:0.46 6:0.6
u:deliveries 0:0.11 6:-0.11
u:delivery 0:0.7 1:0.17 2:-0.4 3:-0.33 4:0.36 5:0.36 6:0.49 7:-0.31 8:-0.11 10:0.15 11:-0.26 13:-0.21
u:deliverys 0:0.11
u:dent 0:-0.22 5:0.26 6:0.14
u:dental 0:0.23 1:0.11 2:-0.2 6:-0.26
u:dentist 5:0.29 11:0.11
u:department 0:-0.2 6:-0.14
u:departments 0:0.14 2:-0.18 4:-0.14 6:0.38
u:departure 5:-0.19
u:depending 0:-0.12 2:0.22 6:-0.23 9:0.13
u:depends 1:0.11 2:0.42 6:-0.31
u:deposit 2:-0.22 4:-0.23 5:0.14 6:0.48 7:0.17 12:0.13
u:depot 0:-0.2 3:-0.37 5:0.17
u:describe 1:0.12
u:described 1:0.27 2:0.18 4:0.13 6:0.42 8:0.11 10:0.23 12:0.22
u:describing 0:-0.22 1:0.19 2:0.17 4:0.14 5:0.11 6:-0.15
u:descriptions 6:0.15
u:designer 0:0.14
u:desk 1:0.58 2:0.28 3:0.18 5:-0.3 6:-0.52 8:-0.19 13:0.1
u:despite 0:0.13 6:0.13
u:desserts 6:-0.15
u:details 0:0.14 1:-0.2 3:0.12 6:0.3
u:diagnosed 2:0.14 6:-0.12
u:diagnostic 1:-0.18 5:-0.43 11:0.16
u:diary 5:-0.13 6:0.29
u:did 0:0.36 1:-0.15 4:-0.28 6:0.24 8:0.21 9:0.1 11:0.26 12:0.26
u:didnt 1:0.37 2:0.32 7:0.3 9:-0.25 10:0.16 11:0.25 12:-0.15
u:die 6:0.29
u:died 0:-0.4 1:0.28 4:-0.14 5:0.24 6:0.12 13:0.13
u:diesel 5:0.12
u:diet 2:0.14
u:difference 0:-0.26 2:0.23 5:-0.14 6:0.36 13:0.11
u:different 0:-0.2 1:-0.48 2:0.48 4:-0.15 6:0.13 9:-0.36 13:-0.13
u:dignity 0:0.28 1:0.29 5:-0.1
u:diners 1:0.32 2:0.12 5:-0.29
u:dining 6:0.14
u:dinner 0:0.34 2:-0.1 5:-0.15 6:0.29
u:dinosaur 0:-0.13 5:0.17
u:direct 2:-0.1 4:0.22 5:-0.17
u:directly 1:-0.21
u:directors 4:-0.18 5:-0.11 6:0.14
u:dirt 12:-0.11
u:dirty 0:-0.17 1:0.2 2:-0.21 3:0.14 4:0.11 8:-0.13 10:-0.21
u:disaster 5:0.12
u:discharge 2:0.14
u:discharged 0:0.12 2:0.18
u:discount 0:-0.12 1:0.1 4:0.35 6:0.18
u:discuss 0:0.16
u:discussed 0:-0.12 1:0.13 2:-0.13 3:0.14 4:0.11 5:0.32 6:0.11 8:-0.1
u:discussion 0:-0.46 1:-0.21 2:-0.18 6:-0.25
u:discusting 3:0.35 10:-0.1
u:disgrace 3:-0.33 5:-0.1
u:disgraceful 4:0.22
u:disgusting 3:0.11 5:-0.14
u:dish 5:0.23
u:dishes 1:-0.2 5:-0.11
u:dishwater 5:0.18
u:dismissive 0:0.19 1:0.14 2:-0.11 5:-0.34 6:0.23 8:-0.18
u:dispatched 0:0.34
u:dispensary 5:-0.25
u:dispenser 0:0.12 6:0.1
u:dispensing 0:-0.14 1:-0.12
u:display 1:0.18 2:-0.18 3:0.16 5:-0.21
u:dissatisfaction 6:0.21
u:diy 4:-0.11
u:dj 5:-0.12
u:do 1:-0.15 2:0.57 3:0.23 4:0.22 5:0.15 12:0.2
u:doc 1:0.57 5:-0.15 8:-0.12
u:doctor 0:-0.17 1:-0.26 2:0.32 6:0.52
u:doctors 1:-0.14 6:0.13 9:0.16 11:-0.13
u:document 6:-0.11
u:documents 5:0.31
u:dodgy 0:0.25 2:0.3 5:-0.16
u:does 0:-0.35 1:-0.12 2:0.15 3:0.44 5:-0.25 9:-0.13 10:0.13
u:doesnt 1:-0.22 4:0.2 5:0.33 9:-0.13 11:-0.13 13:-0.31
u:dog 0:-0.34 1:0.28 2:-0.19 3:0.24 4:-0.25 8:0.12 10:-0.13 12:0.1
u:dogs 5:0.55
u:doing 1:0.11 4:0.25 5:0.4 9:0.21 11:-0.1
u:domestic 3:0.2
u:dominant 5:-0.14
u:dominated 0:0.33
u:done 0:0.19 3:-0.14 5:0.17 7:0.24 12:0.24 13:0.11
u:dont 0:-0.11 1:-0.11 2:-0.22 3:-0.15 4:0.33 5:-0.32 6:0.11 7:0.25 11:0.13 12:0.11
u:door 0:0.34 1:-0.13 2:-0.36 3:0.1 6:0.26 7:0.12
u:doorframe 5:0.14 6:0.11
u:doors 3:-0.14 5:0.16 7:-0.14
u:doorstep 0:0.11
u:dosage 2:0.19
u:dose 2:0.32
u:dot 0:0.35 1:0.36 6:-0.1
u:double 0:0.21 2:0.17 5:0.31 6:-0.28
u:doubled 4:0.33 5:-0.13 6:0.11
u:down 0:0.35 1:0.27 2:-0.5 3:0.43 4:0.19 5:-0.12 7:0.16 10:0.11 11:0.1 12:-0.27 13:0.21
u:downhill 1:0.23 5:0.21
u:downside 2:0.1 4:0.11 5:0.12
u:dr 1:-0.2 2:0.25 5:-0.27 6:0.15 9:0.22
u:dragon 8:-0.2
u:drain 0:0.32 5:-0.21 6:-0.16
u:drains 1:-0.12
u:draw 13:0.1
u:dreading 5:-0.17
u:dress 2:0.22 3:0.13 5:0.19
u:drew 2:0.17 4:-0.11 6:0.35 9:0.11
u:dried 5:0.37 7:0.11
u:drifted 0:-0.15
u:drill 0:-0.27 4:0.14
u:drilled 0:-0.21 1:-0.11 2:0.38 3:-0.11 5:0.48 12:-0.18
u:drink 0:0.15 1:0.11 11:0.12
u:drinks 5:0.22 6:-0.1 8:-0.13 12:0.12
u:drips 5:0.33 12:-0.11
u:drive 1:-0.1 2:-0.12 3:0.42 5:-0.19 6:-0.14 12:0.2
u:driver 0:0.34 1:0.89 4:0.19 5:0.44 6:-0.1 7:0.23
u:drivers 0:0.3 3:0.18 5:-0.18 6:0.14 7:-0.19
u:drives 5:0.21
u:driving 3:-0.38 6:-0.3 8:-0.12
u:drop 1:-0.19 2:-0.1 3:-0.11 4:-0.3 5:-0.21 6:-0.1
u:dropped 0:0.29 1:-0.38 2:-0.14 3:0.15 4:-0.19 5:-0.12 6:0.22 7:0.42 10:0.3 12:-0.19 13:0.17
u:dropping 0:-0.16 1:0.23 5:0.32 6:-0.18
u:drops 1:-0.12 5:0.35 6:-0.17 12:-0.11
u:drove 0:-0.34 1:0.27 5:0.23 12:0.11
u:drug 5:0.1 6:0.13
u:dry 1:0.16 2:-0.14 3:-0.51 4:-0.25 5:0.81 11:0.1 12:-0.12
u:dryers 0:0.11 10:0.19
u:drying 5:-0.21
u:dublin 5:0.13 6:-0.15 11:-0.25
u:due 0:-0.28 1:-0.11 4:-0.12 6:0.4 13:-0.12
u:dug 3:-0.22 5:0.15
u:dunno 11:0.1
u:during 0:-0.1 1:0.23 5:-0.14 6:0.11
u:dust 2:-0.16 3:0.38 10:0.18
u:dusty 3:0.15
u:duty 1:-0.2
u:dziękuję 5:0.25
u:e 0:0.42 5:-0.26 7:-0.24 9:-0.11
u:each 1:0.56 2:-0.21 6:0.83 7:0.1 9:-0.15 12:-0.15
u:ear 0:0.24 1:-0.4 4:-0.16 5:0.76 6:0.22 12:-0.22
u:earlier 5:0.17
u:early 0:0.15 1:-0.23 2:0.22 5:0.18 12:0.1
u:earth 0:-0.14 5:-0.18 11:-0.14
u:easier 2:-0.2 6:0.2
u:easily 5:-0.16
u:east 2:0.17 4:-0.13 5:-0.11
u:easter 5:-0.24
u:easy 0:0.23 7:0.18
u:eat 2:-0.11 3:0.11 4:0.11 5:0.25 8:0.11
u:eaten 3:0.25
u:eating 0:0.33 2:-0.13
u:economy 5:0.31
u:edition 0:-0.14
u:effects 0:0.1 2:-0.11
u:eggs 5:0.33 8:0.13
u:egyptian 1:0.17 2:0.24 6:-0.25
u:eight 0:0.86 2:0.37 4:0.21 5:-0.34 6:-0.16 7:0.22
u:either 0:-0.37 6:-0.18
u:el 5:-0.11 6:0.33
u:elderly 1:0.69
u:electric 3:-0.22 5:0.44
u:electrical 0:-0.11 1:0.13 2:0.1 3:-0.24
u:electrician 0:0.52 1:-0.34 3:0.42 5:-0.3 9:0.12 10:0.12
u:electricity 5:-0.16
u:electronics 5:0.13
u:eleven 0:0.48 1:-0.36 4:0.13 5:0.12 6:-0.13 7:-0.12
u:elm 6:-0.11
u:else 0:0.1 5:0.19 8:-0.17 11:0.23 12:0.11
u:elses 2:0.45 3:0.28 5:0.1 9:-0.13 10:-0.13
u:elsewhere 0:-0.15 1:0.26 5:-0.11
u:email 1:-0.32 2:-0.19 3:0.11 5:-0.54 6:0.17 7:0.11 10:0.14
u:emailed 0:-0.38 1:-0.16 2:-0.3 5:0.15 6:0.51 12:-0.15 13:0.16
u:emails 0:-0.16 1:0.13 2:-0.16 3:-0.12 4:-0.25 5:-0.21 6:1.21 13:-0.28
u:embarrassed 4:0.23
u:embarrassing 5:0.2
u:emergency 5:-0.11 7:-0.19
u:emptied 1:-0.13 3:-0.26
u:empty 0:0.21 2:0.1 5:-0.27
u:encouraging 0:-0.17 5:0.26
u:end 0:0.21 1:0.15 2:0.31 3:-0.13 4:-0.23 5:-0.12 6:-0.17 7:-0.21 9:-0.1 11:0.22
u:ended 0:0.21 3:-0.11 4:-0.12 5:-0.13 6:-0.2 7:-0.11 9:-0.11 12:-0.11
u:ends 2:-0.16 3:0.35 12:0.19
u:energy 0:0.33 2:-0.12 4:0.19 5:-0.34
u:engine 2:0.25
u:engineer 2:0.31 3:0.46 4:-0.19 5:-0.14 6:-0.16 9:-0.13 12:-0.21
u:engineers 1:0.23 2:0.16 3:-0.21 5:0.18 6:0.54 9:0.11
u:english 1:0.12 2:-0.42 5:0.25 6:0.42 9:0.13 13:0.31
u:enough 1:0.1 2:0.23 4:-0.15 5:-0.13
u:entire 1:0.13 5:-0.13
u:entirely 0:0.16 3:0.37 11:0.18
u:entitled 4:0.36 6:-0.19
u:entrance 3:0.11 5:0.14
u:entry 0:-0.15 4:0.14 5:0.33
u:equipment 0:0.32 2:0.13 4:0.25 5:0.24 10:0.11
u:esim 2:0.28
u:especially 0:-0.15 3:0.25 4:-0.12 5:0.23 6:0.14
u:essen 4:-0.11
u:estate 0:-0.14 1:-0.38 2:-0.12 4:0.12 5:0.3 6:0.22
u:estimate 4:0.24
u:estimated 4:-0.23 6:0.14
u:eve 6:-0.13
u:even 0:-0.14 2:-0.13 5:-0.55 6:-0.17 7:0.27 8:0.4 9:0.11 10:0.33 11:0.21 12:0.26 13:0.13
u:evening 2:0.21 5:0.32 6:-0.1
u:event 1:0.12
u:events 1:-0.2 5:0.11
u:eventually 0:-0.24 1:0.17 5:0.4 8:-0.1
u:ever 0:0.41 1:-0.12 2:-0.3 3:0.11 4:0.13 6:0.21 7:-0.13 10:-0.18 12:0.11
u:every 0:0.11 2:-0.13 3:0.39 5:0.2 6:0.16 8:0.24 9:0.15 10:0.34 11:-0.12 13:0.46
u:everyone 1:0.31 2:-0.22 3:-0.19 5:-0.33 6:0.21 8:0.18 10:0.15 11:-0.12
u:everyones 1:-0.16
u:everything 0:0.18 1:0.18 2:-0.14 3:0.19 4:0.2 5:0.49 6:0.23 7:0.17 9:0.16 10:0.21 12:0.34 13:0.38
u:everywhere 1:-0.34 3:0.63 4:0.11 5:-0.23 6:-0.1 10:-0.22
u:evidence 3:0.11 6:0.15
u:evrything 5:-0.21 6:0.36
u:exact 0:0.11 1:-0.19 2:0.18
u:exactly 2:0.5 3:-0.12 5:0.47 6:0.1 7:0.24 9:0.56 11:0.24 12:0.28 13:0.49
u:excellent 2:0.11 3:0.14 5:0.2 6:0.32 9:0.13 12:0.12
u:excess 4:0.13 6:-0.13
u:exchange 1:-0.21 5:0.2
u:exercise 6:0.24
u:exercises 1:0.16 5:0.43
u:exhibition 5:0.2
u:existing 2:0.17
u:expect 0:-0.11 6:-0.13 10:-0.12
u:expected 1:0.11 2:-0.19 4:0.19 5:0.15 7:-0.1 11:-0.15 12:-0.25
u:expecting 0:0.11 4:0.17 5:0.25 7:0.16 11:0.12 12:0.17
u:expensive 5:-0.3
u:experience 0:-0.25 1:-0.22 2:-0.21 4:-0.12 5:-0.24 6:-0.14
u:experienced 5:-0.19
u:expert 2:0.43 9:-0.14
u:explain 0:-0.12 1:-0.35 2:0.49 5:-0.22 6:0.39 8:0.12 13:0.13
u:explained 1:0.3 3:0.33 4:-0.53 6:0.78 9:0.28 12:0.13 13:0.66
u:explaining 5:0.29 8:-0.1
u:explains 1:0.32 5:-0.1 6:-0.11 9:-0.11
u:explanation 1:0.16
u:explaned 1:0.12 2:0.28 5:-0.13 6:0.56 13:0.11
u:express 0:0.97 2:-0.12 4:-0.15 5:-0.39 7:-0.25
u:extended 0:0.12 2:-0.1 3:-0.14 4:0.27 5:-0.22 6:-0.17
u:extension 0:-0.18 5:0.14
u:extortionate 0:0.11
u:extra 0:0.39 1:0.23 2:-0.46 5:0.33 6:0.18 7:-0.23
u:extras 0:0.18
u:eye 0:-0.27 4:0.53 5:-0.21 6:-0.17 11:-0.18
u:eyes 0:-0.15 1:0.18 2:-0.19 5:-0.32 6:-0.18
u:fab 0:0.15 1:0.98 3:-0.11 5:0.13 8:0.21
u:fabric 1:0.12 2:-0.12 4:0.18 5:0.24
u:face 1:-0.29 2:-0.19 5:0.25 12:0.16
u:facebook 0:0.13 5:-0.1
u:faces 6:0.11
u:facial 5:0.29
u:facilities 0:-0.12 5:0.1
u:factory 2:-0.11 6:0.14
u:fade 5:0.24 11:0.23 12:0.46
u:faded 5:0.3 6:-0.24
u:failed 5:0.13 12:0.1 13:0.14
u:fainted 0:0.17 4:-0.21
u:fair 0:0.19 1:0.28 2:-0.21 3:0.28 4:0.48 5:0.69 11:0.62 13:0.17
u:fairly 12:0.14
u:fall 0:0.12
u:fallen 1:0.12
u:falls 5:0.18
u:families 0:-0.22 10:0.12 12:0.11
u:family 0:-0.11 1:-0.16 4:0.11 5:0.23 6:-0.18 12:0.14
u:famous 5:0.14
u:fan 5:0.13
u:fantastic 1:0.14 3:0.12 4:0.18 5:0.26 6:-0.26 7:-0.21 11:-0.26
u:faq 2:-0.16 5:-0.1 6:0.3
u:far 0:0.25 4:-0.37 6:0.18 7:0.11 8:-0.18
u:fare 1:-0.29 2:0.42 5:-0.22 9:0.11
u:fares 0:-0.16 1:0.22 2:0.11 6:-0.32
u:farm 5:0.15
u:fast 0:0.63 2:0.12 4:-0.16 6:-0.11 7:0.32 11:-0.15
u:faster 5:0.11 6:-0.21 12:0.13
u:father 0:-0.15 2:-0.16 5:-0.2 6:-0.2
u:fault 1:0.11 2:0.14 5:0.21 7:0.12
u:faultless 3:-0.2 5:0.47 6:0.27
u:faults 2:0.33 9:0.13
u:faulty 6:0.15 9:0.13
u:favourite 4:0.15
u:feature 5:-0.19
u:february 2:-0.11
u:fed 2:-0.11 3:-0.23 5:0.17 6:-0.19 11:-0.2
u:fee 3:-0.19 4:0.88 5:-0.47 6:0.21 11:-0.51
u:feed 1:0.27 2:0.25 6:-0.19
u:feedback 1:-0.34 2:0.32 4:-0.1 5:-0.22 9:0.12 13:0.12
u:feel 0:-0.41 1:0.17 2:0.15 4:0.46
u:feeling 0:0.41
u:feels 2:-0.13 4:-0.11 5:0.19
u:fees 0:0.18 1:-0.11 4:1.03 5:-0.17 6:-0.17 10:-0.13 11:-0.36
u:feet 3:0.3 8:0.11 9:0.1
u:fell 1:0.18 4:-0.23 5:0.4 12:-0.19
u:fella 1:-0.23 4:-0.19
u:felt 1:0.24 2:0.16 4:0.43 5:-0.45 6:0.39 11:-0.24
u:fence 0:0.47
u:festival 5:-0.11
u:fetched 1:0.12
u:few 1:0.14 5:0.27 6:-0.13 11:-0.15
u:fewer 6:0.14 12:0.14
u:fibre 0:-0.31 5:0.32 9:-0.14 12:-0.1
u:field 2:-0.16
u:fifteen 0:0.12 1:-0.16 5:-0.15 6:0.1
u:fifty 2:-0.15
u:figure 1:-0.12 4:-0.19 6:0.17
u:file 5:-0.1 6:-0.18
u:fill 0:-0.12 2:-0.1
u:filled 1:0.25 4:-0.15 6:-0.19
u:filler 1:-0.14 2:0.26
u:filling 4:-0.26
u:fillings 0:-0.19 2:0.37 9:-0.13
u:film 5:0.43 6:-0.2 12:0.16
u:filthy 0:-0.35 1:-0.2 3:0.25 5:-0.57 6:-0.2 10:-0.34
u:final 1:-0.1 4:0.3 5:-0.31 6:0.41
u:finally 0:0.21 3:0.19 5:0.49 7:-0.16 9:0.27 10:0.44 12:0.21
u:finance 0:-0.12
u:financial 1:0.12
u:find 0:-0.39 1:-0.42 2:0.19 3:0.14 5:-0.17 7:0.13 10:-0.11 11:-0.17 13:-0.24
u:finding 1:0.16 6:0.23
u:fine 0:-0.4 1:-0.68 2:0.49 3:-0.37 5:-0.51 6:-0.74 8:-0.12 9:-0.17 12:0.16
u:fined 4:-0.29 5:0.26
u:fines 4:0.47
u:fingerprints 3:0.11 5:-0.18
u:finish 3:0.13
u:finished 0:0.1 1:0.12 2:0.13 6:-0.22 8:-0.17
u:fire 0:-0.3 1:-0.18 4:-0.21
u:firm 0:0.1 3:0.11 4:0.34 5:-0.36 11:0.11
u:firms 0:-0.12 1:0.1 2:-0.17
u:first 1:-0.4 2:0.59 3:-0.34 4:-0.17 5:-0.16 7:0.24 8:0.18 9:0.32 12:0.22 13:0.26
u:fish 1:-0.17 2:0.25 3:-0.28 4:-0.13 5:0.25 6:-0.17 12:0.13
u:fit 0:-0.1 1:-0.13 2:0.1 5:-0.21 7:-0.21
u:fits 4:0.11 5:0.35
u:fitted 0:0.27 3:-0.17 5:0.68 7:0.2 10:0.18 11:-0.13 12:0.16
u:fitter 0:0.24 2:0.24
u:fitters 1:-0.11 5:0.13
u:fitting 0:0.2 1:0.12 2:-0.13 3:0.41 4:0.14 5:-0.54 7:0.1
u:five 0:0.59 2:-0.37 5:0.4 6:0.3 7:-0.29 8:-0.13 12:0.14 13:-0.11
u:fiver 4:0.55 11:0.41
u:fix 0:0.29 1:-0.34 3:-0.27 5:0.19 6:-0.14 12:0.13
u:fixed 0:0.38 1:0.12 2:0.3 4:0.53 6:-0.1 7:0.24 11:0.33 12:0.2
u:fixes 5:-0.13
u:fixtures 5:0.12 6:0.24
u:flagged 1:0.15
u:flapjack 5:-0.13
u:flat 0:-0.42 2:0.38 4:-0.17 5:0.22 6:-0.11 8:-0.11 11:0.13
u:flats 3:0.2 5:0.23
u:flawless 5:0.16 12:0.12
u:flea 11:-0.13
u:flew 0:0.15 4:0.12 5:-0.29
u:flies 3:0.21
u:flight 0:0.18
u:flights 1:0.13 3:0.15 4:0.31 5:-0.17
u:flood 2:0.11 6:-0.17
u:floor 0:0.13 3:0.82 4:-0.3 5:-0.47 10:-0.47 12:0.23
u:floors 0:-0.16 3:0.21 5:-0.19
u:florist 5:0.59 6:0.26
u:flossing 2:-0.15 5:0.38
u:flowers 6:-0.1
u:flu 2:-0.1
u:fly 0:0.3 1:-0.29 5:-0.17 11:-0.3
u:foam 6:0.1
u:focus 0:-0.11 4:0.15 5:0.18
u:focused 0:-0.13
u:follow 0:-0.1 2:0.13 5:-0.24 6:0.42
u:followed 1:-0.15 5:0.15
u:following 0:0.64 7:-0.22
u:follows 1:0.21
u:fone 0:0.21 1:0.54 5:-0.18
u:food 0:0.28 1:-0.22 2:-0.39 5:1.1 6:-0.47 8:-0.1 10:-0.2 11:-0.2 12:0.22 13:0.12
u:foot 11:0.19
u:football 0:0.11 1:0.15
u:footwell 5:-0.19
u:for 3:-0.2 4:0.22 5:-0.22 7:-0.77 11:-0.11 12:-0.27 13:-0.32
u:forever 6:-0.14
u:forget 2:0.17 5:0.23 6:-0.11
u:forgot 0:0.39 5:0.7 6:-0.16 12:-0.12
u:forgotten 6:0.14
u:form 0:-0.26 1:0.27 2:0.45 5:-0.31 6:0.2 13:0.11
u:format 0:-0.11
u:forms 0:-0.16 4:0.11 5:-0.27 6:-0.11
u:fortnight 0:0.4 3:0.14 4:0.19 5:0.45 10:-0.11 12:-0.3
u:fortune 4:0.18
u:forty 0:0.24 1:-0.17 2:0.39 4:0.24 5:-0.16 7:-0.16 9:0.11 11:0.1 13:-0.12
u:forum 0:0.12 2:0.11
u:found 0:-0.23 1:0.29 2:0.53 3:0.38 5:-0.5 6:-0.18 8:-0.33 9:0.29 12:0.11 13:-0.16
u:four 0:0.48 1:0.24 2:0.11 4:-0.3 5:0.3 6:0.24 7:-0.36 13:-0.15
u:fourteen 0:0.33 2:-0.13 6:0.49
u:fourth 5:0.11 6:0.14
u:foyer 10:0.17
u:frame 1:-0.31 2:0.14 5:0.13
u:frames 3:-0.2
u:fraud 0:0.5 1:0.14 5:-0.11 6:0.16
u:free 2:-0.14 3:-0.43 4:-0.24 5:-0.38 6:0.13 7:0.26 8:0.14 11:0.19 12:-0.15
u:freehold 2:0.15
u:freeze 0:0.17
u:freezes 1:-0.1
u:freezing 3:0.23 12:-0.18
u:frendly 1:0.18
u:fresh 0:-0.18 1:-0.17 2:-0.12 3:0.35 4:-0.11 5:-0.1 6:-0.19 10:0.38
u:freundlich 0:0.3 1:0.23 5:-0.19
u:friday 0:0.33 1:-0.12 2:-0.24 5:0.27 6:0.16
u:fridays 1:-0.14
u:fridge 0:-0.3 12:-0.13
u:fridges 5:-0.12
u:friendly 0:0.31 1:1.56 2:0.55 3:0.4 5:-0.22 8:0.26 9:-0.11 12:-0.13 13:-0.13
u:from 0:-0.31 1:-0.16 2:0.29 4:-0.13 5:0.17 7:0.18 10:-0.12 11:-0.21 13:-0.19
u:front 1:-0.21 3:0.37 4:-0.2 5:0.38 9:-0.12 10:-0.19 12:-0.14
u:frozen 5:0.49 12:-0.15
u:frustrated 2:0.17
u:frustration 0:0.29 1:0.4 2:-0.15 4:0.3 6:0.12
u:fryer 5:-0.1
u:fuel 3:0.12 5:0.22
u:full 0:-0.45 1:-0.2 2:-0.3 3:0.48 4:0.3 5:0.43 6:0.3 8:-0.12 9:-0.15 11:0.19 12:0.18
u:fully 1:0.29
u:fuming 6:-0.13 7:-0.1
u:fun 1:0.31
u:function 5:0.16 6:0.19
u:funded 0:-0.15 1:-0.15
u:funeral 0:-0.32 1:0.12 4:0.14 5:-0.28
u:fur 3:0.27
u:furious 5:-0.26 6:0.1 7:-0.11 11:-0.11
u:furniture 0:0.18 5:0.16 6:0.1
u:fuse 0:0.15 1:0.41 3:-0.1 5:0.27
u:fussy 1:-0.16 3:0.31
u:gallery 1:0.35 4:0.2 6:-0.26
u:gallstones 2:0.18
u:game 5:0.2
u:garage 0:0.16 1:-0.24 2:0.32 6:0.54 9:0.26
u:garages 5:-0.32 6:-0.11
u:garden 1:-0.55 3:0.51 5:-0.37 6:-0.12 12:0.12
u:gardener 0:-0.3 1:-0.34 3:0.45 4:0.36 5:0.32 12:0.23
u:gardeners 3:-0.24 5:0.15
u:gas 0:-0.12 2:0.15 4:-0.38 5:0.24
u:gate 0:0.19 1:0.38 2:-0.15 4:0.1 5:-0.19 8:-0.14 11:0.12
u:gauge 3:0.32 5:0.15 6:-0.17
u:gave 0:0.17 2:0.57 3:-0.12 4:-0.39 5:0.15 6:-0.26 9:-0.26 13:0.19
u:gears 4:0.24 5:0.33 11:0.11
u:gem 0:0.21 1:0.42 6:-0.11 8:0.12 11:0.11
u:general 1:-0.12 4:-0.3
u:generally 1:-0.11 2:0.14
u:generic 5:0.31 6:-0.19
u:generous 2:0.11
u:genius 0:0.17
u:gent 1:0.11 5:-0.17
u:gentil 1:0.12 5:-0.22
u:gentle 1:0.18 2:-0.14 5:-0.26 6:0.2 8:0.14
u:gentleman 1:0.12 4:-0.12
u:gents 3:0.19
u:genuine 1:-0.55 5:0.75
u:genuinely 0:0.21 3:0.28 5:0.12 6:-0.12 12:0.15
u:get 1:-0.49 2:0.42 3:-0.21 4:0.35 5:0.28 6:-0.22 7:0.17 10:0.12 11:-0.12 12:-0.25 13:-0.17
u:gets 2:-0.32 4:0.13 5:0.12 6:0.37 11:-0.15 12:-0.16
u:getting 0:0.53 1:-0.21 2:-0.14 5:0.19 6:0.43 9:0.19 13:-0.13
u:gift 5:-0.16
u:girl 0:-0.11 1:0.4 5:-0.56 6:-0.19
u:girls 8:0.17
u:give 0:0.16 3:-0.27 5:0.56 6:0.23 8:0.12 12:0.11
u:given 0:0.23 1:0.17 2:0.32 5:0.13 6:0.21 12:0.11
u:gives 2:0.18 5:0.14
u:giving 2:0.38 5:-0.23 6:-0.25
u:glad 1:-0.25 2:0.16 4:0.21 12:0.13
u:glass 0:-0.15 3:0.31 5:-0.24 6:-0.12 12:0.11
u:glasses 1:0.11 2:-0.19 3:0.2 4:-0.37
u:glaucoma 2:0.32 9:0.13
u:gleaming 3:-0.14 5:0.38 10:0.15
u:glitter 1:0.17
u:gloves 3:0.1
u:glowing 6:-0.11
u:glued 0:0.3 1:0.16
u:gluten 1:0.15 2:0.17 5:-0.23
u:go 1:-0.2 2:0.46 3:-0.1 6:0.11 12:-0.23
u:godsend 0:0.31 1:0.22 5:-0.16
u:goes 0:0.21 3:0.2 6:-0.1 7:-0.2
u:going 2:-0.17 3:0.34 4:0.13 5:0.23 12:0.17 13:0.11
u:gone 0:0.31 2:0.16 3:0.28 6:-0.28 10:0.18 11:-0.17 12:0.21
u:good 0:-0.37 1:0.27 2:-0.22 4:0.11 5:0.53 8:0.11 9:0.15 11:0.12 12:0.27
u:goodbye 0:-0.12
u:google 6:0.18
u:googled 2:0.28 9:-0.15
u:gorgeous 4:0.19 5:0.85 12:0.28
u:got 3:-0.14 5:0.14 7:0.17 8:-0.14 9:0.18 12:-0.15
u:gp 0:0.49 1:-0.28 2:0.31 4:-0.17 5:-0.17 7:-0.17 12:-0.13
u:gps 0:0.14 2:0.32 5:-0.12 6:-0.15
u:gr 0:-0.13 1:0.26 4:0.28 5:0.61 12:0.19
u:grabbed 0:-0.25 5:0.26
u:gracias 4:-0.14
u:grand 5:0.23
u:grandmothers 0:-0.22 5:0.27 6:0.24
u:grant 1:-0.13
u:grass 0:-0.17 3:0.11
u:grate 5:0.41 12:0.12
u:grateful 5:0.21
u:gravy 4:0.17
u:grease 5:0.13
u:greasy 3:0.24 5:-0.43
u:great 0:0.13 1:0.14 2:-0.31 3:-0.23 4:-0.18 5:0.25 6:-0.2 7:-0.15 9:-0.2 10:-0.14 11:0.13 13:-0.22
u:green 4:-0.11 5:-0.17
u:greeted 1:-0.31 3:0.34
u:grey 0:-0.14 4:0.13 5:0.49 12:-0.15
u:grim 0:-0.11 1:0.13 3:0.76 4:-0.1 5:-0.38 10:-0.31
u:gripe 0:0.27 1:0.17 3:0.23 4:0.2 5:0.1 7:0.15
u:gristly 5:0.17 12:-0.11
u:grocery 6:0.1
u:groom 5:0.36 11:0.16
u:groomer 1:0.15 2:-0.13 5:0.35 6:0.3 12:-0.17
u:grooming 0:0.11 3:-0.14
u:gross 3:0.16
u:grotto 1:-0.26
u:grotty 5:-0.16
u:ground 0:0.18 1:0.24
u:grounds 3:0.22 6:-0.13
u:group 1:0.35 4:0.31 5:-0.31 6:-0.25 7:0.1 8:-0.11 9:-0.14 10:0.17
u:groups 0:0.18 3:-0.18
u:grout 3:-0.25 5:0.33
u:grow 1:0.21 5:0.16
u:grown 2:0.25 6:-0.14
u:grubby 0:-0.15 3:0.34 5:-0.25 10:-0.18
u:grumble 4:-0.13 5:-0.13
u:grumpy 1:0.39 5:0.55 8:-0.12 12:0.1
u:guaranteed 0:0.21 4:-0.25 5:-0.15
u:guard 1:0.32 2:0.28 5:-0.3 6:0.18
u:guess 1:-0.27 5:-0.29
u:guests 1:-0.22 3:0.19 4:0.12 10:-0.3 13:-0.16
u:guide 5:0.57 6:-0.19
u:guitar 0:-0.24 1:0.22
u:gum 1:-0.4 5:-0.12 6:-0.17
u:gums 0:-0.29 1:-0.21 3:-0.11 5:0.48 12:-0.1
u:gut 0:0.36
u:guy 0:-0.23 1:0.18 2:0.53 3:-0.12 4:-0.32 5:0.18 6:-0.44
u:guys 3:-0.24 5:0.14 12:0.18
u:gym 0:0.27 1:-0.18 2:0.13 3:0.19 4:-0.29 5:0.12 6:-0.27 7:-0.11
u:gyms 2:0.15 4:-0.12 5:-0.25 6:-0.11 11:0.11
u:ha 0:0.53
u:had 1:0.37 3:0.18 7:0.13 8:-0.11 9:-0.15 11:-0.17 13:-0.26
u:hadnt 1:0.33 2:0.28 4:0.17 5:-0.26 6:0.18 9:-0.12 13:-0.17
u:hai 5:0.19
u:hair 0:-0.14 1:-0.22 2:-0.15 3:0.43 4:-0.19 10:-0.24
u:haircut 1:0.36 5:0.51
u:haircuts 5:0.35
u:hairdresser 0:-0.24 1:0.24
u:hake 2:0.1 5:0.13 9:0.1
u:half 2:0.23 3:-0.26 4:0.15 6:0.3 7:0.13 9:-0.19 12:-0.3
u:halfway 0:0.35 5:-0.12
u:hall 0:-0.36 2:-0.19 3:0.44 5:0.32 10:-0.1 12:-0.12
u:halls 0:0.38 3:0.49 5:-0.63 7:-0.11
u:hallway 0:0.14 1:0.13 3:0.17
u:halved 4:-0.18 5:0.11 12:0.12
u:ham 1:0.14
u:hand 2:0.14 3:0.36 5:-0.15 6:-0.11 10:0.13
u:handed 2:0.13 5:0.11 12:0.14
u:handheld 0:0.16 1:-0.13 6:0.17
u:handle 1:-0.34 2:0.28 6:0.14
u:handled 1:-0.11 2:0.14 5:0.17 12:0.1
u:handler 1:0.13
u:handlers 1:-0.13 2:-0.11
u:handling 6:0.46 11:-0.11
u:handover 1:-0.14
u:hands 0:-0.18 1:-0.12 5:0.13
u:handset 2:0.43 5:-0.11 9:0.1
u:handwritten 1:0.45
u:handy 0:-0.19 1:0.23 2:-0.15 5:-0.19 6:0.1 8:-0.14
u:hangers 4:-0.37
u:hanging 5:0.12 12:0.13
u:happen 0:0.14 2:-0.18 5:0.29 8:-0.11 13:0.16
u:happened 0:0.16 2:-0.13 5:0.15 6:0.18
u:happening 2:-0.3 4:-0.14 6:0.32
u:happily 5:-0.33
u:happy 0:-0.35 1:0.14 3:-0.43 4:0.37 11:0.49
u:hard 0:-0.17 1:0.29 4:0.18 6:-0.34
u:harder 0:0.12
u:hardly 3:-0.22 4:-0.14 5:0.28 12:0.12
u:hardware 3:0.2 4:0.14
u:hardy 5:0.53 12:-0.12
u:has 1:0.19 5:0.38 7:0.13 9:0.12 10:0.1 12:0.3 13:-0.15
u:hasnt 2:0.32 4:-0.12 5:0.3 6:-0.41 12:0.15
u:hatch 5:-0.22 6:-0.22
u:hate 1:0.48
u:hated 1:0.36
u:have 0:-0.18 1:-0.28 2:-0.12 3:0.33 6:0.14 7:0.1 8:-0.2 11:-0.27
u:havent 0:-0.13 2:-0.12 3:-0.14 5:0.19
u:having 4:0.32 6:0.29 8:-0.13 11:-0.11
u:he 1:0.38 2:0.3 3:0.28 4:0.15 6:0.14 8:0.19 10:0.33 13:0.22
u:head 0:-0.13 1:-0.44 2:0.11 5:-0.26 6:-0.35 12:-0.15 13:-0.11
u:headache 5:0.42
u:headaches 2:0.21 6:-0.24 9:-0.13
u:headphones 0:-0.14 1:-0.11 5:0.11 12:0.13
u:headsets 2:-0.3 5:-0.19 6:0.64 13:0.33
u:health 0:-0.24 1:-0.19 3:-0.22 8:0.16
u:healthcare 0:0.29 6:-0.1
u:hear 0:-0.13 1:-0.1 2:-0.12 4:-0.22 5:0.21 6:0.43 11:-0.12
u:heard 2:0.16 6:0.64 13:-0.13
u:hearing 0:-0.16 1:0.18 3:-0.21 5:0.24 6:0.17 13:0.1
u:heart 1:-0.13 5:0.18
u:heating 0:-0.17 5:0.13 12:-0.12
u:heaving 0:0.18 4:-0.19
u:heavy 1:0.14 5:0.14
u:hed 0:0.15 1:0.54 2:-0.31 5:0.46 6:0.21 7:0.14 8:0.15
u:hedge 0:-0.24 5:0.16 12:0.18
u:hedgehog 2:0.17
u:held 0:0.13 1:0.5 5:0.3 6:0.33 8:0.12
u:hello 0:-0.12 1:0.24 5:-0.15
u:help 1:0.45 2:0.3 5:-0.31 6:-0.17
u:helpdesk 0:0.23 1:0.23 2:0.39 5:-0.12 6:-0.16 7:0.11
u:helped 0:-0.18 2:0.19 4:-0.11 5:-0.37 10:0.11
u:helpful 0:-0.31 1:0.65 5:-0.11 6:-0.29 13:-0.2
u:helpfull 0:-0.11 1:0.28 5:-0.18
u:helping 0:-0.28 4:0.13
u:helpline 1:0.24 2:0.18 4:-0.17 5:0.17 7:-0.13 8:0.13 9:-0.11 12:-0.11
u:her 0:0.1 1:0.61 2:0.32 3:-0.24 4:0.13 6:-0.5 7:-0.18 9:0.29
u:here 0:-0.21 2:-0.41 4:0.38 6:-0.26 7:0.28 11:0.16 12:-0.18
u:herself 0:0.11 1:0.26 2:0.12 3:0.13 5:0.22 6:-0.16
u:hes 0:-0.53 1:0.14 2:0.18 5:0.45 9:0.14 11:0.13
u:high 2:0.11 3:0.12 4:0.33 5:-0.14 11:-0.25
u:higher 4:-0.3 6:0.18 10:-0.16
u:highly 1:-0.12 3:0.11 4:0.21 5:0.19 6:-0.23
u:him 0:-0.14 1:0.12 2:-0.21
u:himself 0:0.14 1:0.11 2:0.11 3:0.25 5:0.64 12:0.28
u:hinge 1:-0.13 5:0.17 6:0.13
u:hip 1:-0.15 11:-0.15
u:hire 0:-0.31 1:-0.2 3:-0.14 5:0.29 12:-0.22
u:hired 1:0.17 4:0.11 5:0.22 11:0.16
u:hirers 11:0.11
u:his 0:-0.51 1:0.98 2:0.28 3:-0.1 6:-0.31 8:-0.46 9:0.18 11:-0.23 12:-0.15
u:history 5:-0.12 6:0.14
u:hit 1:-0.16
u:hmrc 0:0.24 2:0.12 4:-0.27 5:0.25 6:-0.21
u:hoist 0:0.3
u:hold 0:1.63 1:-0.19 2:-0.12 3:-0.17 4:-0.21 5:-0.45 6:-0.53 7:-0.32
u:holder 3:0.32
u:holding 1:-0.14 5:0.24
u:hole 0:0.26 1:0.47 5:-0.34 6:0.12
u:holes 0:0.17 5:0.17
u:holiday 1:0.15 2:-0.11 3:-0.36 5:-0.3 6:-0.18 8:-0.11
u:home 0:-0.33 1:-0.74 3:-0.32 4:-0.24 5:0.46 6:0.31 7:0.11 9:-0.19
u:homemade 5:0.12
u:honest 0:-0.18 1:0.35 2:0.22 4:-0.29 5:-0.23 6:0.1 9:0.37 13:0.22
u:honestly 0:-0.34 1:-0.13 3:-0.31 4:0.35 5:0.27 10:0.18
u:hoover 10:0.13
u:hoovered 0:0.18 3:0.32 5:-0.11 7:0.11 10:0.41
u:hoovering 3:0.3 4:-0.23
u:hope 0:-0.23
u:hospital 0:-0.4 1:-0.43 4:0.31 5:-0.1 6:0.17 11:-0.27
u:hospitals 6:0.11
u:host 5:0.19
u:hosting 1:-0.13 12:-0.11
u:hosts 4:0.11 5:0.25
u:hot 0:0.32 6:-0.21 7:0.22
u:hotel 1:-0.22 2:-0.13 3:0.18 4:0.11 5:-0.31 6:-0.14
u:hotels 2:-0.11 4:-0.12
u:hour 0:0.47 1:0.26 2:-0.61 3:0.28 4:0.43 5:-0.51 6:-0.15 7:-0.14 10:0.3 12:0.15 13:0.46
u:hours 0:0.63 1:-0.41 3:-0.4 4:-0.33 6:0.54 7:-0.48 10:-0.13 11:-0.28 13:-0.36
u:house 0:-0.13 2:-0.33 4:0.22 6:-0.2 10:0.1 11:-0.11
u:housekeeping 3:0.48
u:houses 3:-0.19
u:housing 0:0.18 1:-0.1 3:0.22 5:-0.31 6:0.16
u:how 0:-0.41 2:0.16 4:-0.57 7:-0.12 8:0.13 10:0.19 12:-0.15 13:0.2
u:however 0:0.29 1:0.27 2:0.14 3:0.36 4:0.27 5:0.42 7:0.15 12:0.15
u:hrs 0:1.23 4:0.12 7:-0.27
u:hub 1:0.22
u:huge 6:0.19
u:human 0:0.16 2:-0.12 5:-0.11 6:0.32 13:-0.11
u:hundred 1:-0.21 4:-0.11
u:hung 1:0.2 2:0.1 6:-0.12
u:hunting 0:-0.11 2:0.21
u:husband 0:-0.33 1:0.29 2:-0.17 5:-0.16 6:-0.2 8:-0.19
u:husbands 6:0.2
u:hut 2:-0.1
u:hygiene 1:-0.22 2:-0.1 3:0.42 5:-0.16 10:-0.2
u:hygienist 1:0.41 2:-0.28 3:-0.36 4:0.1 5:0.27 6:-0.24 12:0.13
u:i 4:-0.17 5:-0.14 8:-0.1 9:-0.32
u:ice 0:-0.14 1:0.11 5:0.21
u:ich 5:0.1
u:id 0:0.37 2:-0.19 5:0.25 7:0.2 8:-0.13 9:0.24 10:-0.26 11:0.25 12:0.12 13:0.14
u:idea 0:0.1 2:-0.2 6:0.1
u:identical 2:0.11
u:idiot 1:0.23 5:-0.13 8:-0.12
u:if 0:-0.76 1:0.2 3:-0.22 4:0.15 5:-0.22 6:-0.33 8:-0.18 9:-0.1 10:-0.3 11:-0.29 13:0.13
u:ignorant 0:-0.29 1:0.31 2:-0.12 5:-0.28 8:-0.16
u:ignore 2:-0.12
u:ignored 0:0.32 1:-0.21 6:0.17 12:0.11
u:ill 0:0.26 2:0.17 3:0.18 4:0.18 5:-0.43 6:-0.25 8:0.15 11:-0.12
u:illegal 1:-0.19
u:im 0:-0.14 1:-0.33 3:0.26 4:0.28 5:-0.14 7:-0.2 8:-0.13 9:0.12 10:-0.2 12:-0.14 13:-0.13
u:imagine 5:-0.2
u:immaculate 1:0.13 2:0.12 3:0.6 4:0.34 5:0.14 10:0.52 12:0.13
u:immaculately 3:0.29 6:0.11
u:immediately 1:-0.18 2:0.22 5:-0.19 11:-0.14
u:impatient 5:0.14
u:important 0:0.19 6:-0.17
u:impossible 1:-0.16 3:0.29 5:0.17 6:0.33
u:impressed 0:0.68 1:-0.17 2:-0.11 6:0.14 7:0.27 12:0.11
u:impressive 3:0.14 5:0.12
u:improved 0:-0.12 4:0.18
u:improvement 0:-0.11 5:0.3
u:in 0:0.41 1:-0.41 2:0.24 4:-0.18 5:-0.25 7:0.35 9:0.25 12:0.25
u:included 1:0.16 2:-0.19 4:0.24 5:0.15 6:0.18 11:0.23
u:includes 4:0.2
u:including 2:0.11
u:inclusive 2:0.12 5:-0.11
u:incredible 0:-0.12
u:incredibly 1:0.23 5:0.11
u:inedible 1:0.13
u:infection 2:0.18
u:info 0:-0.12 1:0.3 2:0.21 6:-0.36
u:information 0:-0.18 2:0.47 6:-0.31
u:informed 3:-0.11 4:0.24 5:-0.2 6:0.28
u:inhaler 1:-0.29 5:-0.16 6:0.17
u:injury 2:0.12 5:-0.11
u:ink 0:0.21 4:0.17
u:ins 0:-0.14
u:inside 2:0.28 3:0.14 5:0.1 6:-0.24 7:0.19 8:-0.1 9:0.1 11:0.17
u:insisted 2:0.15 5:0.2
u:inspection 0:-0.4 3:-0.15 5:0.29 6:0.2 12:0.14
u:install 0:0.14
u:installation 0:0.29 1:0.18 5:0.14 6:0.33 7:-0.11
u:installed 1:-0.13 3:0.14
u:installer 0:0.37 1:0.12 4:-0.41 5:0.44 6:0.35 10:0.19 12:-0.17 13:0.12
u:installers 2:0.24
u:installs 1:-0.12 5:0.18 12:0.12
u:instead 2:-0.15 3:-0.12 5:-0.21 6:-0.1 7:0.2 13:0.16
u:instructions 5:0.27 6:0.39
u:instructor 1:0.57 5:-0.27 6:-0.34 7:0.1
u:instructors 0:-0.15 1:0.12 2:0.24 3:0.15 4:0.15 5:0.29
u:insurance 0:0.15 1:0.21 9:-0.13
u:insurer 0:-0.21 1:-0.11 2:-0.13 5:0.42 12:0.16
u:insurers 2:0.24 6:-0.3
u:interested 1:0.13 5:-0.22
u:interior 0:0.31 1:-0.16 2:0.33 3:0.43 5:0.18 10:-0.1 11:0.15
u:international 2:0.16 6:0.33
u:internet 0:-0.1 1:0.17 5:0.14
u:interrupting 8:-0.12
u:into 1:0.38 5:-0.25 6:-0.16 11:0.12 13:-0.19
u:invites 2:-0.1 5:0.17 6:0.4 13:0.13
u:invoice 2:-0.12 4:0.32 5:-0.27
u:invoices 4:0.16
u:is 1:0.19 2:-0.35 4:0.35 5:0.31 6:-0.15 7:-0.12 9:-0.12 12:0.37 13:-0.21
u:isa 2:0.47 6:-0.26 9:-0.19
u:isas 1:-0.24 2:0.29
u:isnt 0:0.23 3:-0.26 5:0.51 7:-0.18 11:-0.23
u:issue 2:0.19 4:-0.18 5:0.1
u:it 0:0.11 2:0.11 3:0.22 5:0.44 7:-0.18 8:0.44 12:-0.46 13:0.22
u:itd 0:0.31 1:0.23 2:-0.17 5:0.15 6:-0.13 7:0.18
u:itemised 4:-0.2 6:0.25
u:items 5:-0.14
u:its 0:0.23 1:0.19 2:-0.39 3:-0.17 6:0.18 7:-0.42 8:-0.21 10:0.11 11:0.29
u:itself 0:0.42 1:0.14 2:-0.25 3:0.23 4:0.3 5:0.66 6:-0.22 10:0.15 12:0.42
u:ive 1:0.13 2:-0.16 3:0.34 5:-0.39 6:0.12 7:-0.12 10:-0.24
u:jab 1:-0.29 5:-0.11
u:jabs 5:-0.11
u:jacket 1:0.32 5:0.29 12:0.1
u:jacuzzi 12:-0.15
u:jade 1:0.15
u:jam 0:0.14 1:-0.12 5:0.54
u:jams 2:0.19
u:january 0:0.56 2:0.19 7:-0.14
u:jargon 2:-0.21 5:-0.37 6:0.28
u:jaw 0:-0.15 1:-0.12 5:0.31
u:jeans 4:-0.18 5:0.18
u:job 1:-0.35 2:-0.29 4:0.14 5:0.27 6:0.31 11:-0.12
u:jobcentre 0:0.27 5:-0.17
u:jobs 5:0.12 6:-0.16
u:joined 5:0.24 6:0.3
u:joke 5:-0.15 6:-0.26 11:-0.16
u:joking 7:-0.11
u:journey 0:-0.11 2:0.17 6:-0.14
u:judge 0:-0.17 1:0.32 2:-0.12 3:-0.12 8:-0.11
u:judged 6:0.12
u:july 0:0.21
u:jumped 6:0.14
u:jumpers 1:-0.78
u:junction 5:0.24
u:june 2:-0.1 5:0.15 6:0.32 7:-0.13 12:-0.1 13:-0.14
u:junior 1:-0.13 5:0.11 6:0.11
u:just 0:-0.34 3:-0.3 4:-0.46 5:-0.26 6:0.1 8:-0.32 9:-0.33 12:-0.37 13:0.1
u:kam 0:0.71
u:kebab 5:0.47
u:keep 0:-0.31 2:0.11 5:0.46 7:-0.15 8:0.18 10:-0.1 12:-0.28 13:-0.1
u:keeping 1:0.14 6:0.14
u:keeps 0:0.1 5:-0.3
u:kennel 4:0.13
u:kennels 1:0.21
u:kept 0:0.55 1:0.4 3:0.18 5:0.2 6:0.6 9:-0.22 13:-0.19
u:ketchup 1:0.19 5:-0.13
u:kettle 2:-0.13 5:0.24 6:0.53 12:-0.16 13:0.24
u:kettles 5:0.3
u:key 1:0.16 4:0.24
u:keyboards 5:0.11
u:keys 0:0.34 5:-0.12
u:kid 1:0.21 5:-0.1 6:0.14
u:kidney 5:-0.13 8:0.16
u:kids 0:-0.2 1:0.37 3:-0.41 4:0.45 6:-0.21 11:0.21 12:0.19
u:kind 1:0.78 2:-0.19 3:0.16 5:-0.41 6:-0.21 8:0.35 13:0.13
u:kindly 3:0.15
u:kiosk 0:0.15 5:-0.22 11:0.18
u:kiosks 6:-0.19
u:kit 0:-0.13 5:0.24
u:kitchen 1:0.11 2:-0.13 3:0.31 4:-0.19 6:0.13 10:0.11 11:0.12
u:kitchens 5:-0.14
u:knee 1:-0.31 2:0.26 4:0.1 5:0.38 9:0.11 11:-0.13
u:knew 0:0.13 1:-0.26 2:1.13 3:-0.19 4:-0.15 6:-0.58 9:0.63 11:0.12 12:0.33
u:knock 1:0.13
u:knocked 0:0.39 4:0.33 5:-0.16 6:-0.17 11:0.18
u:know 0:-0.17 2:-0.16 3:0.2 4:0.25 5:-0.13 6:0.3 9:0.31 11:-0.12 13:0.17
u:knowing 1:0.11 2:-0.21 4:0.26 6:0.23 11:0.14
u:knowledgable 0:0.29 1:-0.25 2:0.4 5:0.5 6:0.34 9:0.15
u:knowledge 1:0.16 2:0.11 5:-0.38 6:-0.11
u:knowledgeable 0:-0.12 1:0.21 2:0.74 4:-0.17 6:0.27 9:0.17 13:-0.13
u:known 6:0.19
u:knows 0:-0.16 2:0.96 3:-0.18 4:-0.12 9:0.29
u:la 0:0.32 1:0.38 2:-0.14 5:0.41 7:-0.1 12:0.13
u:lab 5:0.37 6:0.15
u:label 2:0.17 4:-0.11 5:0.12 9:-0.14
u:labels 1:0.14
u:labour 0:0.1 4:0.12 6:-0.17
u:lad 0:-0.31 1:0.6 2:0.66 3:-0.58 4:0.14 5:0.34 6:-0.32 9:-0.17
u:ladies 3:0.27
u:lads 0:0.13 1:0.22 8:0.13 12:0.12
u:lady 1:0.58 3:-0.11 5:-0.66 6:-0.21 7:0.13 8:0.17 13:0.22
u:lager 5:-0.11
u:lamb 5:0.33
u:landlord 1:0.44 4:0.12 5:0.12
u:landlords 0:0.14 1:-0.1 5:-0.12
u:landscaper 0:0.14 4:0.34 5:-0.1
u:landscaping 3:0.11 4:0.12 12:0.11
u:lane 0:0.15
u:language 6:0.22 13:-0.1
u:laptop 0:0.29 1:-0.14 2:0.23 7:0.17 9:-0.14
u:large 0:0.14
u:lasagne 5:0.22
u:last 3:0.33 4:-0.11 5:-0.55 7:0.17 8:0.21 12:-0.34 13:-0.16
u:lasted 0:-0.11 6:-0.1
u:lasts 0:-0.14 5:0.19 12:0.16
u:late 1:-0.35 2:-0.21 4:0.27 5:-0.2 6:0.7 7:-0.36 12:-0.14 13:-0.2
u:later 0:-0.53 1:-0.18 2:0.59 3:-0.13 4:-0.21 7:-0.13 9:-0.29 12:0.13
u:lattes 5:0.22
u:laugh 1:0.23 3:-0.2 4:0.37 6:-0.29 11:-0.13
u:laundrette 0:0.17 2:0.18 5:-0.36 6:-0.19 10:0.15
u:law 1:-0.22 13:-0.14
u:lawyers 6:0.22
u:layout 0:-0.42 6:-0.14
u:le 1:0.54 4:0.19 5:0.14 9:0.11 11:0.24
u:lead 5:0.12
u:leaf 2:0.25
u:leaflet 0:-0.12 1:-0.31 2:-0.1
u:leaflets 2:-0.11
u:leak 0:0.25 5:0.2 12:0.21
u:leaking 0:-0.2 3:0.22
u:leaned 8:-0.15
u:learned 1:0.11
u:lease 6:-0.15
u:least 6:0.38
u:leather 1:-0.4 3:-0.18 5:0.6 12:-0.13
u:leave 1:-0.27 3:0.25 5:-0.13
u:leaves 5:0.12 6:0.11 10:-0.16
u:leaving 1:-0.53 2:-0.11 3:0.38 5:-0.24
u:lecture 1:0.28
u:lecturer 5:0.34
u:lectures 5:0.17
u:leeds 5:-0.17
u:left 1:-0.34 2:-0.39 3:0.92 5:0.1 9:0.21 10:-0.17 13:-0.16
u:leg 5:0.19
u:legal 0:-0.13 6:0.19
u:legend 1:0.82 2:0.18 8:0.34
u:legroom 5:0.36
u:leisure 1:-0.2 2:-0.27 3:0.14 4:0.13 8:-0.11 11:0.11
u:lemon 0:0.1 5:-0.2
u:lemons 5:0.21
u:length 0:0.26 5:-0.15
u:lens 6:0.2
u:lenses 5:-0.23
u:les 0:-0.16
u:less 0:0.14 1:0.16 2:-0.13 4:0.45 6:0.19 7:0.15
u:lesson 0:0.17 4:-0.11 5:0.13 8:-0.11
u:lessons 1:0.14 4:0.2 5:-0.18 12:0.11
u:let 1:0.54 2:-0.18 5:-0.11 6:0.26 8:0.27 13:0.12
u:lets 0:0.18 5:-0.12 6:-0.23
u:letter 0:0.11 1:-0.26 2:-0.53 3:-0.14 4:-0.18 5:-0.38 6:0.53 13:-0.41
u:letters 0:-0.22 1:0.11 2:-0.37 4:-0.23 5:-0.35 6:1.24 8:0.1 13:-0.37
u:letting 0:-0.1 2:-0.17 3:-0.12 6:0.24 12:0.14
u:libary 5:-0.16
u:librarian 2:0.21 5:-0.15 6:-0.15 9:0.13
u:library 1:0.19 3:0.27 5:-0.12 6:-0.21 8:0.25 10:0.1
u:librarys 1:0.29 2:-0.11 5:-0.29 8:-0.11
u:licence 5:0.18 8:-0.15
u:lid 4:-0.25 5:0.16
u:lids 5:0.16
u:life 0:-0.19 1:-0.3 2:-0.24 5:0.22 12:0.32
u:lifeguard 1:0.22 5:0.42 8:-0.16 12:-0.1
u:lifeguards 1:0.63 5:-0.2 8:-0.1 11:0.1
u:lifeline 0:0.11 1:0.16
u:lifesaver 0:0.32 2:-0.12
u:lift 2:-0.13 5:-0.21
u:lifted 5:0.34 12:-0.12
u:lifts 0:0.21 6:0.12
u:light 0:-0.16 6:0.18
u:like 0:-0.65 1:0.44 2:-0.4 3:0.12 4:0.14 5:0.66 6:-0.15 7:0.28 8:-0.23 10:-0.17
u:liked 1:-0.23 5:-0.2 6:0.2 13:0.12
u:likes 0:0.14
u:limits 2:0.19 6:-0.17
u:limp 0:-0.3
u:limpio 5:-0.13
u:line 0:0.36 4:-0.33 5:0.24 6:0.11 7:-0.2 13:-0.11
u:linen 1:-0.12
u:lines 2:0.12 4:-0.1 5:0.21 6:-0.32 12:0.14
u:link 0:-0.31 1:-0.18 2:-0.16 6:0.72 13:-0.14
u:list 1:-0.11 2:0.1 4:-0.42 11:0.16
u:listen 5:0.13
u:listened 1:-0.39 2:-0.35 6:0.67 13:0.32
u:listening 0:0.27 6:-0.23
u:listens 6:0.29
u:listing 0:0.15 5:-0.16 6:0.15
u:lit 5:-0.28
u:literally 0:0.11 6:0.11 8:0.19
u:little 0:-0.18 2:0.29 4:0.28 9:0.17
u:live 5:-0.14
u:lived 4:0.29
u:lively 0:0.13 5:-0.11
u:lives 1:0.12
u:livid 5:0.16 6:-0.17
u:living 4:-0.24
u:loads 0:-0.34 2:-0.15 5:0.45 6:0.26 12:-0.15 13:0.13
u:loaf 5:0.17
u:loan 2:0.1 7:-0.14
u:local 0:0.31 2:0.2 4:0.17 5:0.18 6:-0.17 7:0.14 12:0.2
u:location 0:-0.11
u:lock 0:-0.11 2:0.22 4:0.15 5:0.19 6:0.16
u:locked 6:0.11
u:locker 0:0.16 3:-0.31 5:0.23
u:lockers 2:-0.1 5:0.28 6:-0.12
u:locks 1:0.1
u:locksmith 4:0.44 5:-0.39 6:0.38 7:0.13
u:locum 1:0.12 2:0.53 6:-0.1 9:-0.14
u:loft 0:0.12 1:-0.2 5:-0.27 6:-0.23
u:log 5:0.15
u:logged 0:0.25 5:0.18 6:0.13
u:logo 0:0.2 11:-0.12
u:logs 3:-0.15 5:0.17
u:lol 0:0.11 1:0.26 2:0.2 3:0.11 4:0.25 5:0.18 7:-0.15 12:-0.13
u:london 1:-0.22 4:0.37
u:long 0:0.62 2:-0.14 4:0.36 7:-0.24 8:0.14 9:0.17 12:0.13
u:longer 2:-0.19 5:0.17 6:-0.38
u:loo 3:0.28
u:look 0:-0.67 1:-0.21 2:-0.42 3:0.13 5:0.22 11:0.13 12:0.21
u:looked 0:-0.15 1:0.36 2:-0.1 3:-0.14 6:0.11
u:looking 3:0.38 6:-0.17 10:-0.14
u:looks 0:0.46 1:-0.33 2:-0.19 3:0.29 5:1.29 6:-0.17 7:0.16 12:0.34
u:loop 0:0.21 1:0.12 4:-0.1 6:0.19 13:0.16
u:loos 3:0.54 4:-0.14 5:-0.3 10:-0.15
u:loose 4:-0.13
u:lose 8:0.11
u:losing 2:0.11 5:0.56
u:loss 0:-0.21 6:0.13
u:lost 2:-0.33 3:-0.15 4:-0.14 5:0.47 8:-0.11 12:-0.34
u:lot 0:0.17 1:0.32 3:-0.27 4:0.13 5:-0.17 6:0.35 8:0.16 9:0.3 11:-0.12 12:0.2
u:lots 11:0.11
u:lottery 0:-0.12
u:loudly 5:0.14
u:lounge 2:-0.11 5:-0.28 6:-0.11
u:love 0:1.08 1:-0.61 2:-0.13 3:-0.55 6:0.39 12:0.11
u:loved 1:-0.16 2:0.42 3:-0.54 4:-0.17 6:-0.24 7:-0.1 9:0.2
u:lovely 0:-0.74 1:1.41 2:0.16 3:0.35 4:0.12 6:-0.51 8:0.54 10:0.17 13:-0.11
u:loving 5:-0.19 9:-0.2 11:-0.23
u:lovly 5:0.24
u:lower 4:0.16 5:-0.25
u:lowest 0:0.24
u:loyalty 2:0.23 4:0.41 6:-0.33
u:luckily 2:0.32
u:luggage 2:-0.17 5:-0.24
u:luke 0:0.14
u:lukewarm 1:-0.12 5:0.36 12:-0.16
u:lump 0:0.28 5:-0.15
u:lunch 0:0.88 4:-0.1 5:-0.4 6:-0.29 11:0.18
u:lunchtime 0:0.18 1:-0.19 2:0.27 5:0.22 6:0.17 13:0.11
u:lush 1:0.25 5:0.14
u:m 0:0.28
u:machine 1:0.14 2:-0.14 5:-0.14 12:-0.17
u:machines 2:0.21 6:-0.35 8:0.13 12:-0.13
u:mad 4:0.19 5:0.13
u:made 0:0.19 1:-0.15 2:-0.1 3:-0.31 4:0.21 5:0.26 8:0.18 9:0.13 12:0.25
u:magazines 1:-0.23 3:-0.16 5:-0.19
u:magnifique 4:0.25 5:0.49 11:-0.12 12:0.13
u:main 0:0.1 2:-0.1 3:-0.11 4:0.3 5:0.19 11:0.11 12:0.24
u:maintenance 2:-0.13 4:0.16 6:0.11
u:mais 1:0.19 4:0.32 11:-0.18
u:make 2:-0.21 3:0.15 4:0.37 5:-0.18
u:makes 0:-0.4 2:0.11 6:0.41 13:0.16
u:making 0:-0.2 5:-0.21 6:-0.11
u:malaga 5:0.35
u:man 1:0.39 3:-0.23 5:0.11 6:-0.35 13:0.12
u:manage 5:0.15
u:managed 0:0.15 11:0.11
u:management 0:0.22 1:-0.1 2:-0.18 3:-0.14 6:-0.29 7:0.13
u:manager 0:-0.76 1:0.69 2:-0.47 5:-0.56 6:0.44 8:-0.11 11:0.16 12:-0.1 13:0.3
u:managers 1:-0.13 5:0.14 6:0.31
u:manchester 2:0.15 4:0.1 11:-0.24
u:mandatory 5:0.18 6:0.21
u:manner 1:0.61
u:manufacturers 2:0.16
u:many 1:-0.32 2:-0.11 5:0.18 6:0.26 13:-0.15
u:map 0:-0.12 5:-0.15 6:0.29 13:0.11
u:march 5:-0.2 6:0.4 7:-0.28 13:-0.24
u:marcus 2:0.16
u:mark 1:0.22 5:-0.1
u:marked 0:-0.18 1:-0.22 6:0.18
u:marks 2:0.19 4:-0.15 6:-0.2 11:0.15
u:marvellous 1:-0.13
u:massage 5:-0.23
u:massive 0:-0.45 5:1.07 6:0.12 11:0.19 12:0.18
u:massively 0:0.19 6:-0.19
u:match 0:-0.1 6:-0.19
u:matched 0:0.12 6:0.22
u:mate 0:-0.14 1:0.17 5:-0.17 6:-0.13 8:-0.1 11:0.14
u:maths 2:0.11 4:0.14 5:0.18
u:matinee 3:-0.24
u:mats 3:0.33 5:0.17
u:matter 1:0.11 6:-0.12
u:matters 5:-0.13
u:mattress 1:-0.16
u:maureen 1:0.12
u:may 1:-0.13 2:0.14 4:-0.15 6:-0.19
u:me 0:-0.46 1:0.43 2:0.35 3:-0.29 4:-0.33 5:-0.55 8:0.13 11:0.11 13:0.38
u:meal 0:-0.11 5:0.12 12:0.21
u:mean 0:0.13 1:0.15 2:-0.19 4:-0.11 6:0.17
u:means 0:0.32 1:-0.13 2:-0.19 4:-0.16 6:0.1 12:0.13
u:meant 1:-0.23 2:-0.13 4:-0.25 6:-0.15 9:-0.14
u:meantime 0:0.37 5:-0.25
u:meanwhile 4:0.12
u:measured 0:-0.2 5:0.32
u:meat 1:0.21 4:0.35 5:0.16
u:mechanic 0:-0.34 1:0.12 2:0.58 4:0.3 5:-0.48 6:0.32 11:0.18
u:mechanics 2:0.28
u:media 6:0.19
u:medication 2:0.37 6:0.39
u:medicines 0:0.1
u:meds 0:0.11 9:0.11
u:meh 0:-0.12 2:-0.13 5:-0.15
u:member 5:0.13 6:0.12
u:members 0:-0.17 3:0.11 5:0.58 6:-0.15 8:0.16
u:membership 0:-0.28 1:-0.16 2:0.11 4:0.29 5:-0.21 6:0.46 11:0.15
u:men 1:0.3 2:-0.14 3:0.12 5:0.99 10:0.14
u:mental 0:0.2 6:0.35
u:mention 1:-0.25 3:0.36 5:-0.18 6:0.34 13:-0.12
u:mentioned 0:-0.2 1:0.12 2:-0.11 4:-0.24 5:0.31 6:-0.21 10:-0.1 11:0.11 13:-0.11
u:mentioning 3:0.1
u:menu 0:-0.36 2:-0.17 4:0.29 6:0.59 13:-0.17
u:menus 13:-0.13
u:merchants 6:-0.12
u:merci 0:0.23 1:0.21 5:0.28 12:0.13
u:mess 0:-0.23
u:message 0:0.15 6:0.11
u:met 5:0.13 8:0.18
u:metal 1:-0.13 2:0.19
u:meter 0:-0.1 3:0.1
u:mi 1:0.24
u:microwave 0:-0.31 3:-0.13
u:mid 0:-0.12 2:0.36 4:-0.42
u:middle 1:-0.14 3:-0.1 4:-0.11 5:0.44 12:-0.1
u:midnight 0:0.25
u:might 1:-0.35 5:-0.18 6:0.15
u:mile 2:-0.11 5:0.16 12:-0.15
u:miles 1:0.24 2:0.21 4:-0.13 6:-0.11 9:0.1
u:milk 0:0.37 1:0.12 5:-0.14 6:-0.13
u:mill 5:-0.14
u:min 0:0.5 1:0.14 5:-0.33 6:-0.14 7:0.28
u:mind 0:0.37 1:0.15 4:0.35 5:0.56 6:-0.14 8:0.21 11:-0.18
u:mine 1:0.21 4:0.2 5:-0.13 6:0.19
u:mingin 3:-0.47 5:0.35 12:-0.16
u:minging 3:0.12 5:-0.17 10:-0.15
u:mins 0:1.22 1:0.18 2:-0.23 3:0.16 4:0.16 5:-0.49 6:0.11 13:-0.11
u:mint 1:-0.15 5:0.63
u:minute 0:-0.15 1:-0.1 2:0.17 3:-0.11 4:0.23 6:0.29 9:-0.12 11:-0.12
u:minutes 0:0.74 1:0.18 3:-0.18 5:-0.26 7:0.13 8:-0.22 9:0.1
u:miracle 5:-0.48
u:miracles 5:0.26
u:miserable 1:0.22 8:-0.11
u:miss 1:-0.15
u:missed 0:-0.78 2:0.89 3:-0.44 4:0.13 5:0.36 7:-0.18 9:0.14 11:0.11 12:-0.24
u:missing 0:0.19 1:-0.45 3:-0.26 5:0.17 6:-0.15 12:-0.11
u:mistake 0:-0.26
u:mix 6:0.14
u:mixed 0:-0.16 1:0.24 3:-0.23
u:mo 1:0.31 2:-0.15 3:-0.27 5:0.2
u:moan 0:-0.17 4:0.13 5:0.48
u:mobile 1:0.11 2:0.18 5:-0.29 8:-0.11
u:model 0:-0.2 2:0.25 5:0.28 6:-0.17
u:moderator 0:-0.24 1:-0.26 2:-0.13 3:-0.13 4:-0.42 5:-0.7 6:-0.34 9:-0.22
u:moderators 4:0.11
u:modern 1:0.13 3:0.1
u:molto 0:-0.18 1:0.25 5:0.34
u:moment 1:0.12 6:-0.18
u:monday 0:0.62 1:-0.16 2:-0.12 3:-0.2 4:-0.13 12:0.11
u:money 0:0.49 3:-0.15 4:0.76 5:-0.16 12:-0.1
u:monitoring 5:-0.13
u:month 0:-0.2 1:-0.23 2:-0.19 3:0.18 4:-0.35 9:-0.11 13:-0.12
u:monthly 0:-0.16 1:0.14 2:0.14 4:0.3 5:-0.32
u:months 0:0.43 1:-0.15 2:0.18 5:0.77 6:0.47 7:-0.18 9:0.18 12:-0.12
u:moody 1:0.18
u:mop 0:-0.11
u:morale 1:-0.24 6:-0.11
u:more 0:0.13 2:-0.25 3:0.14 5:0.29 9:0.27 11:-0.17 12:-0.11
u:morning 0:0.39 1:0.27 2:-0.38 3:0.14 5:-0.35 6:0.3 7:0.35 8:0.12 13:0.2
u:mornings 0:0.11 1:-0.13 3:-0.23 5:0.28
u:mortgage 0:-0.35 1:0.15 3:-0.11 4:0.13 5:-0.36 6:0.27 11:-0.11
u:mortified 0:-0.11 5:-0.1
u:most 0:0.49 4:0.57 11:-0.11
u:mostly 1:-0.11 4:-0.22 6:-0.24
u:mot 1:0.12 4:0.26 5:-0.8 6:-0.31 11:0.21
u:mother 0:-0.1 1:0.4 6:0.25
u:mothers 0:0.1 5:0.11
u:mould 1:-0.12 5:0.16 6:0.11 12:0.13
u:mouldy 0:0.11 3:0.36 5:-0.16 7:-0.11 10:-0.11
u:mouth 8:-0.21
u:move 3:0.1 6:-0.1
u:moved 5:-0.3 9:0.17
u:moves 5:-0.19
u:moving 0:-0.2 1:0.17 2:0.12 5:-0.15 6:0.12
u:mr 1:0.17 5:-0.11
u:much 1:-0.17 2:-0.33 3:-0.3 4:-0.13 5:-0.58 6:0.47 8:0.13 13:0.19
u:mud 5:0.56
u:muddy 3:0.16 10:-0.11
u:muito 4:0.2 5:0.19
u:mum 0:-0.24 1:0.29 2:-0.47 6:0.31 8:0.11 12:-0.12 13:0.14
u:mums 0:-0.23 1:0.33 2:0.14 3:0.13 5:-0.11
u:museum 2:0.23 5:-0.27 6:-0.3
u:music 0:0.39 5:-0.25 7:-0.13
u:must 2:0.21
u:musty 3:0.66 5:-0.12 10:0.18
u:muy 1:0.73 2:-0.16 5:-0.27 6:0.36 8:0.17
u:my 1:0.28 2:0.4 3:-0.63 6:-0.11 7:0.25 8:0.21 9:0.2 10:-0.13 11:0.24 13:-0.11
u:myself 0:-0.1 2:0.31 3:0.22 4:0.23 5:-0.13
u:mystery 2:0.13
u:n 0:0.29 1:0.48 3:0.1 4:0.18 5:0.73 6:0.29 10:0.1
u:naan 0:0.4 5:0.3
u:nail 4:-0.1
u:nails 0:-0.32 5:0.29 12:0.24
u:name 1:0.46 2:-0.16 3:-0.23 4:-0.14 5:-0.31 8:0.17 13:0.24
u:named 0:-0.17 1:-0.14
u:nan 5:-0.14
u:natural 1:0.12 2:0.14 5:0.2
u:nav 1:0.12 5:0.23
u:nd 1:0.11
u:near 5:0.15
u:nearly 0:0.28 1:0.12 3:-0.13 6:-0.29 7:-0.2 10:0.13 12:-0.14
u:neat 3:-0.26 5:0.54 12:0.12
u:neck 1:-0.2 2:0.24 5:0.18
u:need 1:-0.28 3:-0.22 5:0.19 10:-0.13 13:-0.14
u:needed 0:-0.63 1:0.5 2:0.32 3:-0.19 4:-0.33 5:-0.33 6:-0.55 9:-0.13
u:needs 3:0.23 5:0.42 6:-0.17 9:0.16 10:-0.15
u:negative 0:0.2 8:-0.13
u:negotiator 4:0.13 5:-0.12
u:neighbour 0:-0.14 2:0.14
u:neighbours 0:-0.11 3:0.14 4:0.12 5:0.17
u:neither 0:-0.13 1:-0.13
u:nervous 0:0.11 5:-0.19
u:network 0:-0.37 5:0.12
u:networks 2:0.21 8:-0.14
u:neutering 0:0.37
u:never 1:0.26 3:-0.48 4:-0.27 5:-0.11 6:0.46 7:-0.15 8:0.2 9:0.23 10:0.22 11:-0.18 12:0.25 13:-0.38
u:new 0:0.45 1:-0.21 2:0.18 3:-0.14 5:0.44 6:0.14 7:0.27 10:0.35 12:0.21 13:0.58
u:newsletter 0:-0.14 2:-0.26 5:-0.19 6:0.28
u:next 0:0.11 1:-0.3 2:-0.47 3:0.18 4:-0.65 5:-0.17 6:0.37
u:ngl 8:0.19
u:nhs 0:0.36 1:-0.12 3:-0.1 5:-0.12 6:-0.24
u:nice 0:-0.23 1:0.45 2:-0.19 4:-0.17 5:-0.25 8:0.47 10:-0.11
u:nicer 0:-0.18 1:-0.12 5:0.21
u:nick 1:-0.16 4:-0.17 5:0.26 12:-0.14
u:nicked 1:-0.22 2:-0.11 5:0.39 6:0.26 12:-0.12
u:night 1:0.35 3:0.12 4:-0.13 5:-0.24 7:0.26 8:0.11 10:0.14 11:-0.11 12:0.22
u:nightmare 0:-0.3 2:-0.11 3:-0.24 5:-0.14
u:nights 0:0.18 1:-0.26 2:-0.19 5:0.34 11:-0.12 12:-0.17
u:nine 0:-0.16 2:0.31 6:0.1 7:-0.12 13:-0.11
u:ninety 1:-0.34
u:no 0:0.28 1:-0.23 2:0.29 3:-0.28 6:0.6 7:-0.11 12:-0.16 13:-0.28
u:nobody 2:-0.31 4:-0.22 5:0.22 6:1.16 7:-0.15 9:-0.13 13:-0.8
u:nobodys 2:-0.2 4:-0.18 6:-0.2
u:nodded 2:0.1 5:-0.11 8:0.12
u:noise 2:0.18 6:0.31 12:0.25
u:non 0:-0.18 5:-0.12 6:-0.19 8:0.16
u:none 1:-0.18 2:0.2 5:0.12 13:-0.11
u:normal 1:0.2 5:-0.21
u:normally 5:-0.11
u:not 0:-0.11 1:0.28 2:0.27 4:-0.21 5:0.41 6:-0.35 8:-0.36 9:-0.26 11:-0.31
u:notch 2:0.1
u:note 3:-0.11 4:-0.1 5:-0.24 6:-0.1
u:noted 1:-0.2 3:-0.12
u:notes 2:0.19 4:-0.22 6:0.15
u:nothing 1:0.23 3:-0.2 4:0.25 7:-0.17 8:0.12 9:-0.2 12:-0.23 13:-0.4
u:notice 0:-0.1 1:-0.2 4:0.2 5:-0.31 6:0.5 11:-0.1
u:noticeably 0:0.13 6:-0.19
u:noticed 0:-0.32 2:0.15 6:-0.26 7:0.1 10:0.13
u:noticing 0:0.18 3:0.16
u:notifications 6:0.37
u:noting 1:-0.2 5:-0.29
u:now 0:0.35 1:-0.17 2:-0.3 3:0.12 4:-0.19 5:0.16 9:-0.11 10:0.23 11:-0.38 13:0.2
u:nowhere 0:-0.16 1:0.38
u:nuisance 0:-0.12 1:0.15 5:-0.18
u:number 0:0.25 1:0.25 5:-0.14
u:numbers 1:-0.26 5:0.3 6:0.2
u:nurse 0:-0.15 1:0.53 2:0.28 3:-0.13 4:-0.19 5:-0.39 8:0.37 13:0.12
u:nursery 4:0.26 6:0.22
u:nurserys 5:-0.11 6:0.13
u:nurses 1:0.38 2:0.26 4:0.21 5:-0.22
u:nursing 1:0.1
u:nutrition 2:0.2 4:0.19 5:0.25
u:nuts 2:0.15 5:-0.15
u:oat 5:0.25
u:occasions 4:0.1
u:oclock 5:-0.1
u:october 0:0.54 1:-0.12 2:0.2 3:0.12 7:-0.12
u:odd 0:0.16
u:of 0:-0.12 1:-0.1 2:-0.4 3:0.24 4:-0.12 5:0.19 6:0.24 7:-0.15 8:-0.21 10:-0.23 11:-0.17 12:-0.36 13:-0.14
u:off 0:-0.3 2:0.13 4:0.34 5:-0.22 6:-0.3 7:-0.12 8:0.18 9:-0.16 10:0.21 11:0.19 12:-0.31 13:-0.1
u:offcuts 1:-0.11 3:0.33
u:offer 0:0.13 2:-0.12 4:0.26
u:offered 0:-0.21 5:0.24 6:0.12
u:offering 4:-0.1 5:-0.1 6:-0.13
u:offhand 0:0.12 1:0.17 4:0.1 5:-0.2
u:office 0:0.48 1:0.1 4:-0.14 5:-0.38 6:-0.12 9:-0.18 12:-0.13 13:-0.16
u:officer 0:0.24 1:-0.34 2:0.28 3:0.17 5:-0.21
u:offline 0:0.14 1:-0.15 3:0.14
u:often 0:0.11 1:0.49 3:0.13 5:0.36 12:0.15 13:-0.11
u:oh 0:0.12 1:-0.18 2:-0.17 3:-0.14 4:-0.19 11:-0.12 12:-0.1 13:-0.1
u:oil 3:0.14 5:-0.1
u:ok 0:0.3 1:-0.23 3:-0.23 5:-0.25 7:0.14
u:old 0:-0.41 1:0.21 2:0.12 5:-0.16 6:-0.48 7:0.12 8:0.16 11:0.15 13:0.1
u:older 1:0.43 2:-0.33 6:0.16 8:0.12 13:-0.31
u:omg 1:-0.29 5:0.19
u:on 0:0.12 2:0.11 6:-0.41 7:-0.11 10:-0.17 12:0.16 13:-0.2
u:once 0:-0.11 1:-0.15 3:0.44 4:-0.17 5:0.29 6:0.52 8:0.14 12:0.31 13:-0.14
u:one 1:-0.47 2:0.66 3:0.17 5:0.63 6:-0.12 11:0.25
u:ones 0:-0.38 1:0.33 2:0.35 4:-0.18 6:-0.13 8:0.17 9:0.17 12:-0.12
u:online 0:0.15 3:-0.24 4:0.3 5:-0.16 6:0.27 7:0.44 11:-0.19 13:0.31
u:only 0:0.12 3:0.24 4:0.66 5:0.15 6:0.21 8:0.27 12:-0.15
u:onto 5:-0.21
u:op 0:0.43
u:open 1:-0.15 2:-0.11 5:0.24 6:-0.21
u:opened 5:-0.36
u:opening 0:-0.51 2:-0.13 3:-0.36 5:-0.48 6:-0.29
u:operation 2:-0.14 6:0.2
u:operator 5:-0.15 6:0.28
u:opinion 0:-0.12 2:0.32 4:-0.16 5:-0.2 9:-0.15
u:opinions 6:-0.15 8:-0.16
u:opposite 2:0.26
u:optician 2:0.45 4:-0.29 5:0.27 9:-0.16
u:opticians 1:-0.42 4:0.17 5:-0.26 6:0.11 13:0.13
u:option 0:0.17 1:-0.1 2:0.2 5:0.29 6:-0.14 7:0.14
u:options 4:-0.13 5:-0.14 6:0.55
u:optometrist 0:-0.15 1:-0.47 5:-0.12
u:or 0:0.18 1:-0.15 3:0.21 5:0.5 6:-0.2 12:-0.14 13:-0.12
u:orange 5:0.17
u:order 0:0.2 2:-0.3 3:-0.11 4:0.36 5:-0.54 6:-0.14 12:-0.12
u:ordered 0:0.8 2:-0.36 3:-0.12 5:0.65 6:0.22 12:-0.18
u:ordering 0:-0.16 6:0.19 12:0.16
u:orders 1:0.19
u:organic 5:0.16
u:organised 2:-0.16
u:original 0:-0.18 4:0.23
u:other 0:0.44 1:-0.13 2:0.21 3:0.28 5:-0.39 7:0.28 8:-0.11 9:0.29 10:-0.14
u:others 0:-0.22 1:-0.2 3:-0.2
u:otherwise 0:0.15 1:-0.11 5:-0.23 6:-0.21 9:0.11
u:our 1:0.11 2:0.54 3:-0.2 5:0.18 6:-0.34 7:0.2 10:-0.12 11:0.35 13:0.24
u:ours 5:-0.29
u:ourselves 6:0.23
u:out 0:0.16 1:0.16 2:0.36 5:0.23 6:-0.16 7:0.11 10:0.1 11:-0.21 12:-0.12 13:-0.28
u:outcome 1:-0.11 6:-0.21
u:outrageous 4:0.13
u:outs 0:-0.11
u:outside 0:0.18 1:-0.46 2:0.17 3:0.22 4:-0.12 5:-0.11 6:-0.23 7:-0.13
u:outstanding 4:0.43 5:0.13
u:oven 1:0.15 5:0.52
u:over 0:-0.33 3:0.3 4:0.46 7:-0.18 8:-0.15 9:0.25 10:-0.27 13:-0.2
u:overall 1:-0.38 2:-0.15 5:-0.21 8:-0.14
u:overdraft 4:0.23 5:-0.12
u:overflowing 1:-0.13 3:0.48 5:-0.45 10:-0.14
u:overheard 1:0.39
u:overkill 2:0.17 4:0.13
u:overpriced 3:-0.33 4:0.64 5:0.32 11:-0.24 12:-0.23
u:overstaying 4:0.23
u:overwhelmingly 0:0.17
u:own 0:-0.15 1:-0.32 4:-0.16 5:0.14
u:owner 1:-0.12 2:0.19 4:0.19 10:0.15
u:owners 5:0.34 6:0.18 10:0.14
u:p 0:-0.65 1:-0.28 2:0.13 5:0.37 6:-0.53 9:-0.13 11:-0.3 12:-0.11
u:pace 2:0.11
u:pack 0:-0.1 6:0.31
u:packaging 0:0.16 3:0.17
u:packed 0:0.23 3:-0.15 5:0.66 6:-0.2 12:0.12
u:packing 4:-0.19
u:pads 1:-0.34 2:0.21 6:0.31
u:page 0:-0.4 2:-0.12 5:0.25 6:0.66 11:-0.12 12:-0.12
u:paid 1:-0.38 3:-0.42 4:-0.18 7:-0.18 9:0.11
u:pain 0:0.25 1:-0.25 2:0.46 6:-0.42
u:painfully 0:0.21
u:painless 0:0.41 3:-0.14 7:0.23
u:paint 0:-0.2 1:-0.15 2:0.35 3:-0.26 5:-0.12
u:painting 5:0.21
u:paints 1:0.23 2:0.14 5:0.38
u:panel 2:0.11 5:0.28 6:-0.11
u:pants 6:-0.11
u:paper 3:0.16 4:-0.12 5:0.39 6:-0.15
u:paperwork 5:0.51 6:0.45
u:par 4:0.25 5:0.24 11:-0.12
u:paragraph 2:0.14
u:paramedics 1:0.32
u:parcel 0:0.17 1:0.15 2:-0.34 3:-0.32 5:0.28 6:-0.12 7:0.12 8:-0.1 12:0.12
u:parcels 1:-0.11 4:0.21 5:0.3 6:0.24
u:parents 0:-0.31 1:0.14 2:-0.38 3:0.15 4:-0.12 6:0.61 9:0.11 11:-0.11 13:0.14
u:paris 5:0.69
u:parish 2:0.21
u:park 0:-0.5 1:-0.47 2:-0.16 4:0.44 5:-0.11 6:-0.28 11:-0.18
u:parking 0:-0.27 2:-0.19 3:-0.22 4:-0.79 11:-0.28 12:0.23
u:part 1:-0.25 2:0.31 3:-0.13 5:-0.12
u:participant 0:0.18 4:0.13 7:-0.11 8:0.15
u:participants 1:-0.42 2:-0.37 3:-0.28 4:-0.17
u:particular 4:-0.13
u:particularly 5:0.19
u:parts 5:-0.12 6:0.15
u:party 0:-0.18 1:0.11 5:0.12 11:0.12
u:passed 1:-0.11 2:-0.16 5:-0.65 6:0.23
u:passenger 3:0.21 5:0.23
u:passengers 0:0.19 1:0.36 6:0.22 13:-0.12
u:passport 0:0.57 2:-0.24 5:-0.4 6:-0.13 7:0.21
u:password 0:0.44 2:0.15 7:-0.12
u:past 0:0.62 1:0.11 2:-0.17 5:-0.15 6:-0.47 7:-0.11 12:0.25
u:pasta 5:0.19
u:pasted 6:0.15
u:pastries 5:-0.12
u:pastry 2:0.17
u:pasty 3:-0.45 5:0.7 12:-0.12
u:patch 3:0.24
u:patchy 1:0.19 6:0.17 12:-0.19
u:patel 2:0.18 6:0.1 9:0.12
u:path 0:0.21 3:0.41 5:-0.16
u:patience 1:0.1 6:0.17 8:0.12
u:patient 0:-0.33 1:0.59 2:-0.34 4:-0.2 5:-0.18 6:0.13 7:-0.11 8:0.32 12:0.1 13:0.17
u:patients 0:0.15 1:-0.2 2:0.18 5:-0.41 13:-0.13
u:patio 12:-0.13
u:patrolman 5:0.15
u:patronising 1:0.15
u:pavement 5:-0.12
u:paws 3:-0.12
u:pay 0:0.13 1:-0.26 2:-0.33 3:-0.12 4:-0.33 6:-0.11 11:0.35
u:paying 0:0.15 1:0.39 2:0.14 4:0.34 5:0.37 6:-0.24 7:0.11 11:-0.57 12:-0.14
u:payment 0:0.59
u:pcso 2:-0.28
u:peak 0:0.21 1:-0.1 4:0.22
u:pen 2:-0.14 5:-0.17
u:penalty 0:0.24
u:penny 4:0.54 5:-0.42 6:0.11 11:0.53 12:0.17 13:0.1
u:pension 2:-0.48 4:0.1 5:-0.14 6:-0.26
u:pensioner 5:-0.12
u:pensioners 1:0.1 3:-0.14 5:0.2
u:pensions 2:0.34 5:-0.11
u:people 1:0.66 3:-0.2 4:0.25 7:-0.12 8:0.14 9:-0.13 10:-0.12 12:0.18
u:peoples 1:-0.32 3:0.37
u:per 0:-0.12 4:0.23 5:-0.24
u:percent 5:-0.3
u:perfect 0:-0.25 1:-0.57 3:-0.17 5:1.39 6:-0.24 12:0.54
u:perfectly 5:0.34 12:0.16
u:permit 0:0.11 5:-0.13
u:permits 4:-0.44
u:pero 0:0.42 1:0.36 5:0.34
u:person 0:0.22 2:-0.28 4:-0.24 8:0.14 13:-0.26
u:personal 4:0.16
u:personally 6:0.19
u:pet 0:0.13 1:-0.27 2:0.42 6:-0.18 7:0.12 9:-0.13
u:pharmacist 0:-0.34 1:0.35 2:0.82 4:-0.16 5:-0.37 9:0.36 12:0.14
u:pharmacy 0:0.79 4:-0.14 5:-0.55 6:-0.27
u:pharmacys 0:-0.11
u:pharmasist 2:0.23 5:-0.13
u:phenomenal 5:0.26
u:phlebotomist 2:0.26 5:0.13
u:phone 0:0.21 1:0.3 3:-0.38 6:0.51 7:0.13 8:-0.28 9:-0.21 11:-0.2 12:-0.18 13:-0.18
u:phoned 1:0.2 2:-0.12 4:0.19 9:0.14 13:0.15
u:phones 0:0.42 1:0.17 2:0.21 5:-0.14 6:-0.18 7:-0.14 11:0.28
u:photo 1:0.26 3:-0.15 4:-0.26 6:0.31 13:0.23
u:photographer 5:0.2 12:0.12
u:photos 0:0.18 1:-0.24 2:0.2 4:-0.17 5:0.87 9:0.1 12:0.29 13:0.13
u:physio 0:-0.13 5:0.57 6:0.11 12:0.18
u:physiotherapist 1:-0.13 5:-0.1 11:-0.13
u:pick 0:0.33 5:-0.14 6:-0.18 7:0.1
u:picked 0:-0.52 1:-0.31 2:0.47 5:0.11
u:pickup 0:0.13
u:picture 5:0.21 12:0.18
u:pictures 3:-0.34 5:0.29
u:pie 1:0.37 5:0.3
u:piece 5:0.54
u:pieces 0:-0.1 5:0.13
u:pies 2:0.17 3:-0.38 5:0.12
u:pile 1:-0.19 3:0.42
u:pillow 3:0.23 5:-0.3
u:pilot 6:0.51
u:pink 5:0.4
u:pint 5:0.45 6:-0.18 12:-0.2
u:pipe 0:0.2 1:-0.18 5:0.54 6:0.15 12:-0.14
u:pipes 1:0.12 5:-0.18
u:piping 0:0.44 5:0.23 7:0.15
u:pizza 1:-0.44 2:-0.15 4:0.22 5:0.5 6:-0.11
u:pizzas 5:0.55
u:place 0:-0.21 2:0.25 3:0.84 4:0.28 6:-0.32 8:0.29 9:0.24 11:0.38
u:placement 5:0.12
u:places 3:-0.31
u:plain 2:-0.31 4:-0.16 5:-0.11 6:0.57 13:0.2
u:plan 4:-0.14 6:0.18
u:plane 5:-0.18
u:planned 5:0.31 6:-0.11 7:-0.12
u:planning 0:0.15 4:-0.14 5:-0.19 6:0.25
u:plans 0:-0.13 1:0.15
u:plant 5:0.14 6:-0.24
u:plants 2:0.11 5:0.16
u:plaster 2:-0.14 3:0.31 10:0.13
u:plasterboard 1:-0.21 3:0.35
u:plasterer 5:0.19 11:0.11
u:plasters 3:0.29
u:plastic 0:-0.16 5:0.46
u:plates 3:-0.21
u:platform 0:0.23 2:0.18 4:-0.1 6:0.11
u:play 0:-0.31 1:0.39 2:-0.19 4:0.51 11:0.13 12:-0.12 13:0.12
u:played 1:-0.28
u:playground 0:-0.21 1:0.18
u:pleasant 0:0.18 1:-0.22 2:0.12 4:0.11 7:0.11
u:please 0:-0.35 3:-0.1 5:-0.28
u:plumber 0:0.11 5:0.26
u:plumbing 1:0.14 6:0.19
u:pm 0:0.34 1:-0.38 2:-0.2 3:0.18 4:-0.25 13:-0.22
u:pocket 5:-0.35
u:point 0:0.32 4:0.26 11:-0.12
u:pointed 1:0.21 2:0.25 3:-0.11 4:-0.2 5:0.22 6:-0.11 9:0.15
u:pointing 1:-0.14 3:0.12 11:-0.17
u:pointless 1:-0.25 2:-0.11 5:0.51 6:-0.11 12:-0.11
u:points 6:-0.13
u:poland 2:0.11
u:police 0:-0.19 1:-0.31 2:0.21 5:-0.12 6:-0.28 7:-0.2
u:policy 0:0.11 1:-0.13 2:0.39 4:-0.17 5:-0.18 13:0.1
u:polish 0:-0.22
u:polite 0:0.32 1:1.04 3:0.19 4:-0.1 5:-0.23 8:0.24 9:-0.1
u:pool 0:-0.28 3:1.01 5:0.82 6:0.32
u:pools 0:0.3 5:0.34
u:pop 5:-0.1
u:popcorn 5:0.13
u:popped 0:-0.23 1:-0.25 2:-0.11 5:-0.17
u:port 2:0.15 5:-0.41 11:0.16
u:portal 2:-0.14 6:0.17
u:porter 0:-0.18 1:0.12 3:-0.28
u:portions 0:0.11 1:0.25 4:0.53 5:0.34
u:positive 0:0.22 1:0.15 2:0.31 7:0.15 9:0.15
u:possible 2:-0.28
u:post 0:0.24 1:-0.11 2:-0.21 3:0.11 4:-0.1 5:-0.14 6:-0.13 8:0.12 12:0.13
u:postage 1:-0.14 4:0.34 5:-0.14
u:posted 0:-0.46 3:-0.16 4:-0.16 6:0.16
u:poster 6:0.11
u:pothole 0:0.27
u:potholes 0:0.47 7:-0.11
u:pound 4:0.14
u:pounds 2:0.15 4:0.45 5:-0.16
u:power 1:-0.34 5:-0.15
u:ppl 11:0.1
u:practice 4:0.2 5:-0.38 9:-0.14
u:practices 0:0.15 1:-0.25 5:-0.15
u:practise 6:0.16
u:practitioner 5:-0.15 6:0.28
u:praised 0:0.37 1:0.12 2:0.33 3:0.43 4:0.17 5:0.55 13:0.16
u:pram 1:0.13
u:pre 2:0.12
u:precisely 4:0.14
u:premium 0:-0.14 2:-0.12 5:0.6 11:-0.13 12:-0.16
u:prescribed 2:0.23
u:prescription 0:0.13 2:0.44 3:-0.22 4:-0.18 5:-0.56 6:-0.1 7:-0.13 9:-0.24
u:press 5:-0.32 6:0.13
u:pressed 0:-0.14 2:0.12 5:-0.15
u:pressure 0:-0.15 2:0.18 3:0.18
u:pretty 0:-0.11 5:-0.13
u:previous 2:0.52 3:0.24 4:-0.12
u:price 1:-0.25 4:0.83 5:0.2 7:0.31 9:0.12 11:0.16 12:0.19
u:priceless 1:-0.32
u:prices 0:-0.28 1:0.32 4:0.72 5:-0.4 7:-0.12 9:0.11
u:pricey 3:0.14 4:0.65 5:0.1 6:-0.23 11:-0.18
u:pricier 5:0.22 11:0.12
u:pricing 1:-0.12 5:-0.13
u:print 4:0.33 6:0.12
u:printed 0:0.17 1:0.3 4:-0.13 5:0.12
u:printer 0:0.32 4:0.13 5:0.32 12:0.14
u:printers 0:0.12 1:-0.16 6:0.21
u:printing 1:0.25 2:-0.18 4:0.21 5:0.17 6:0.28 7:-0.16
u:priority 0:0.27 4:-0.3
u:private 0:0.72 1:-0.11 2:0.22 3:-0.11 4:0.41 5:-0.38
u:prix 4:0.89 5:-0.2 11:0.22
u:priya 1:0.26
u:probably 1:-0.2
u:probate 0:0.11 2:0.11
u:problem 0:0.26 1:-0.22 2:0.47 7:0.1 9:0.1 13:-0.17
u:problems 5:0.17
u:process 0:0.15 5:0.34 6:0.32 12:-0.16 13:0.13
u:processing 0:-0.23
u:product 0:-0.12 1:0.19 2:0.33 5:-0.11 6:-0.18 9:0.16
u:products 1:0.28 2:0.11 6:-0.13
u:professional 1:-0.26 3:-0.22 4:0.14 5:-0.31 11:-0.18
u:progress 0:-0.19 1:0.24 5:0.34 6:0.12
u:projector 2:0.31 5:-0.19
u:promise 1:0.11 6:0.12
u:promised 0:0.37 1:-0.32 3:0.17 4:-0.34 5:0.25 6:0.41 7:0.14
u:promotions 6:-0.12
u:proper 0:-0.11 1:-0.15 3:-0.27 4:-0.24 6:-0.4 8:-0.29 9:0.31 12:0.29
u:properly 0:-0.37 1:0.32 2:0.13 5:0.46 9:0.24 12:0.11 13:0.21
u:property 0:-0.13
u:propre 4:0.21 11:0.12
u:provider 0:0.31 5:-0.16 6:-0.13
u:providers 5:0.11
u:pt 2:0.42 5:-0.18 9:0.13
u:pub 0:-0.24 1:0.21 5:-0.16 8:0.12 10:0.11
u:public 0:-0.29 5:0.15
u:pudding 0:-0.21 3:-0.16 5:0.22
u:puddle 1:0.25 3:-0.42 5:0.47 12:-0.21
u:puddles 1:-0.19
u:pulled 0:0.12 1:0.34 2:-0.12 5:0.22 6:-0.1 13:-0.12
u:puncture 4:0.46
u:purple 2:-0.26
u:push 1:0.15 4:0.28
u:pushchair 1:-0.16 5:0.37
u:pushy 1:0.39 2:-0.15 5:-0.11 6:-0.11 8:-0.13
u:put 0:-0.16 1:-0.19 2:0.28 4:-0.16 5:0.28 6:-0.25 10:0.12 11:-0.19 13:-0.1
u:putting 2:-0.1 6:-0.14
u:qr 13:-0.12
u:quality 1:-0.12 4:-0.34 5:0.26 6:0.21
u:quarter 0:0.16
u:query 0:0.13
u:question 0:-0.17 4:-0.15 5:-0.29
u:questions 0:-0.17 1:0.19 2:0.38 5:-0.12 6:-0.25 9:0.11 13:0.16
u:queue 0:1.37 1:-0.2 2:-0.36 4:-0.23 5:-0.22 6:0.11 7:-0.48 8:0.11 12:0.15
u:queued 0:0.17 1:-0.21 2:0.3 5:0.11 6:-0.1
u:queues 0:0.58
u:queuing 0:0.6 5:0.18 6:-0.38
u:quick 0:0.98 1:-0.26 3:0.12 4:-0.23 5:-0.68 6:-0.3 7:0.26 9:0.15 10:0.17 12:0.17
u:quickest 0:0.13
u:quickly 0:-0.55 4:0.12 5:0.33
u:quid 0:-0.15 1:-0.18 2:0.27 4:0.4 5:-0.3 11:-0.13
u:quiet 0:-0.16 5:-0.24 8:0.12 12:0.13
u:quietly 5:0.13
u:quit 3:-0.26 5:0.11
u:quite 11:0.15
u:quiz 0:-0.23 1:-0.11 3:-0.13
u:quote 0:-0.11 1:0.17 4:0.7 6:0.58 11:0.11
u:quoted 0:0.15 4:0.46 5:-0.2 6:0.25 7:0.17 9:0.22 11:0.28 12:0.13
u:quotes 0:0.1
u:quoting 6:0.14
u:r 4:0.15 6:-0.1 11:-0.12 12:0.11
u:rack 5:-0.16
u:rail 2:0.3 5:-0.1 6:-0.1
u:railcard 6:-0.19
u:rain 1:-0.12 5:0.19
u:rains 2:0.11 6:-0.17
u:rainy 0:-0.13 5:0.17
u:raise 6:-0.11
u:raised 0:0.37 1:0.18 4:0.18 5:0.1
u:ram 2:0.11
u:rammed 0:0.23 4:-0.11 5:0.18 7:-0.14
u:ramp 6:0.17 7:-0.12
u:ran 0:0.26 2:-0.25 3:0.17 4:-0.2 5:0.15 6:-0.12
u:rang 0:0.35 1:0.11 4:-0.15 5:-0.41 6:0.15 12:-0.13 13:0.43
u:range 1:-0.1 5:0.21
u:ranged 1:-0.12
u:rank 0:-0.1 3:-0.19 5:0.31 12:-0.11
u:rare 6:-0.12
u:rarely 0:0.34 1:0.1 5:0.33 6:0.23 13:-0.21
u:rash 0:-0.11 2:0.35 5:-0.39
u:rate 1:-0.27 2:-0.11 4:0.77 6:0.31 10:-0.16 12:0.14 13:-0.16
u:rated 2:0.18 5:0.25 6:0.16
u:rather 3:-0.1 5:-0.34 6:0.27 11:0.16 13:0.14
u:rattle 0:-0.2 2:0.29 9:0.12
u:rattled 1:-0.2 2:0.29
u:rave 5:0.55
u:ray 0:-0.52 2:0.21 9:-0.14
u:rays 1:-0.13
u:rcd 0:-0.27
u:rd 0:0.52 6:-0.15 7:-0.13 13:-0.1
u:read 1:0.23 2:0.18 6:0.32 9:-0.24
u:reader 1:-0.15
u:reading 0:0.1 1:-0.22 2:0.16 6:-0.11
u:reads 0:-0.23 5:0.27
u:ready 1:-0.29 2:-0.47 3:-0.11 5:-0.14 6:0.38 7:0.11
u:real 0:0.31 1:0.21 4:0.17 6:0.21 7:0.12 11:-0.22
u:really 1:-0.28 2:0.38 3:-0.17 4:-0.24 5:-0.31 6:-0.2 7:-0.14 8:0.15 9:0.2 10:0.13 11:-0.2 12:0.16
u:realtor 0:-0.17 3:-0.14
u:realy 6:0.3
u:reason 1:0.16 3:-0.1 11:0.14
u:reasonable 1:0.36 3:0.3 4:0.65 6:-0.16 11:0.45
u:reasonably 4:0.15 5:0.18
u:reassuring 1:0.17 2:0.49 9:-0.26
u:rebook 2:0.12 5:0.33
u:rebooked 6:0.15
u:rebooking 6:-0.1
u:receipt 2:-0.32 3:-0.2 6:-0.26
u:receipts 1:-0.15
u:received 0:0.12 2:-0.13 5:-0.19 6:0.22
u:recent 5:0.13
u:reception 0:-0.13 1:0.21 2:-0.22 3:0.24 5:-0.27 6:0.37 8:-0.27 9:0.15 11:-0.1
u:receptionist 0:-0.19 1:0.79 2:0.14 3:-0.11 4:-0.22 5:-0.21 6:-0.19 8:-0.44
u:receptionists 0:0.12 1:0.55 2:-0.14 8:-0.1
u:recipe 5:0.19 12:-0.12
u:reckon 11:0.11
u:recognition 2:0.19
u:recommend 0:-0.12 5:-0.23 11:0.18
u:recommendation 2:0.11
u:recommended 2:1.14 4:-0.1 5:0.26 9:0.16 12:0.1
u:record 2:-0.13 3:-0.48 5:0.65 6:-0.11 7:-0.14
u:recorded 0:-0.12 6:-0.12
u:records 2:0.24
u:recovery 5:0.17
u:recurring 1:0.15 8:-0.13 13:0.11
u:recycling 0:0.13 1:0.57 8:0.14
u:red 1:-0.31 3:0.33 12:0.15
u:redid 2:0.16
u:reeked 5:-0.15
u:reference 2:0.16 5:-0.16 6:-0.17
u:referral 1:-0.11 2:-0.3 6:0.2
u:refit 2:-0.23
u:refitted 5:-0.29
u:refreshing 2:0.1 5:-0.18 6:-0.2
u:refund 0:0.8 1:-0.11 2:0.12 4:-0.27 5:-0.69 6:0.43
u:refundable 0:-0.17
u:refunded 1:0.23 6:-0.11
u:refurbished 6:0.31
u:refurbishment 4:0.12
u:regarding 5:-0.25
u:register 1:-0.11 5:-0.11 6:0.29
u:regular 0:-0.29 1:-0.14 6:0.16
u:regularly 0:0.4 1:-0.14 2:0.25 4:-0.15 6:-0.2 7:-0.12 8:0.12
u:regulars 1:0.27 2:-0.25 3:-0.13 4:0.2 6:-0.14 8:-0.2 11:-0.12
u:regulations 0:0.11
u:rejected 2:0.24 5:0.2
u:relatives 0:0.31 3:0.14 5:-0.18
u:reliability 6:0.1
u:reliable 5:-0.11 6:0.17
u:relief 0:0.13 3:0.2 4:0.11 12:0.11
u:remaining 5:0.19
u:remember 0:-0.13 1:0.18 5:0.13 6:-0.22 12:0.12
u:remembered 1:0.12 2:-0.11 5:-0.14
u:remembers 0:0.35 1:0.23 5:-0.12
u:reminder 0:-0.13
u:reminders 1:-0.27 6:0.17
u:remote 0:-0.13 5:0.14
u:removal 1:0.46 3:0.11 5:0.24 8:0.18
u:removals 1:-0.26 4:0.14 5:0.17
u:renew 5:0.27
u:renewal 4:0.13 5:-0.21 6:0.18
u:renewed 1:-0.14 4:0.18
u:renewing 6:0.11
u:rent 5:-0.2 11:-0.11
u:rental 0:-0.14 5:-0.14
u:rented 4:0.13 5:0.12
u:reopen 1:-0.22
u:rep 1:0.37 2:0.22 5:-0.21 8:-0.16
u:repair 0:0.14 2:-0.23 5:0.27 6:0.38 7:0.23 11:0.22 13:0.11
u:repairs 2:-0.2 3:0.14 4:0.14 5:0.13 6:0.27 12:0.11
u:repay 5:0.21 7:0.16
u:repeat 0:0.17 1:0.15 2:-0.13 5:-0.45 6:0.16
u:repeatedly 0:0.15 2:0.14 4:-0.17 6:0.13 7:-0.11 13:-0.1
u:replaced 1:-0.14 2:0.15 5:0.62 12:-0.15 13:0.2
u:replacement 2:0.11 4:0.2 5:0.5 6:0.39 7:0.12 8:-0.16 12:-0.21 13:0.23
u:replacing 1:0.2 6:-0.11 9:0.12
u:replied 0:0.44 5:0.34 6:0.15
u:replies 0:0.1 5:0.29 6:0.24 13:-0.11
u:reply 0:-0.29 2:-0.12 5:0.1 6:0.55 13:-0.15
u:report 2:0.14 5:0.47 6:-0.32
u:reported 0:0.81 2:-0.2 4:0.11 5:-0.26 6:0.2 9:-0.11 13:-0.16
u:reports 7:-0.18
u:request 0:0.14 2:-0.18
u:requested 6:-0.11 7:-0.14
u:requests 5:0.13
u:rescue 1:0.2
u:reservations 0:0.1
u:reserve 0:0.15
u:reserved 0:0.19 6:0.16 7:-0.11
u:reset 0:0.35 7:-0.12
u:resetting 2:0.15
u:residents 0:-0.32 2:-0.23 5:0.34
u:respectful 1:0.34 8:0.11
u:response 1:0.36 6:-0.24 8:-0.13
u:rest 0:0.13 2:0.29 5:-0.13 6:-0.17
u:restaurant 0:0.22 1:-0.29 4:0.1 12:-0.15
u:restaurants 5:0.23 6:0.11
u:restored 8:0.19
u:result 1:0.15 4:-0.11 5:0.34 6:-0.23 12:0.14
u:results 0:0.27 1:-0.36 3:-0.22 5:-0.28 6:0.15 8:-0.11
u:retail 5:0.14
u:retailers 5:0.25
u:return 2:-0.13 5:0.14 6:-0.31
u:returned 2:-0.22 4:0.18 5:-0.19 6:0.15 12:0.1
u:returning 0:-0.17 1:-0.16
u:returns 0:0.14 1:-0.23 2:0.17 4:0.11 6:0.12 12:-0.12
u:review 2:-0.11
u:reviews 0:-0.15 3:0.16 12:0.18
u:rewiring 2:0.11 9:0.14
u:rhyme 4:0.14 5:0.36
u:rice 0:0.43 5:0.27 6:-0.16 12:-0.11
u:ridiculous 1:0.22 4:-0.11 5:-0.11 6:-0.13
u:right 0:-0.11 1:-0.12 2:0.58 4:-0.14 9:0.24 13:-0.11
u:rightly 2:0.13 6:-0.2
u:ring 0:-0.28 3:-0.21 5:0.2 6:0.4 7:-0.13 12:-0.26 13:-0.22
u:ringing 0:0.2 1:-0.1 6:0.33
u:rings 0:0.38 2:-0.14 5:0.62 12:-0.1
u:rip 3:0.29 4:0.25 5:-0.21 11:-0.16
u:ripped 0:-0.12 5:0.11
u:rise 1:-0.12 2:-0.14 4:-0.19 6:0.45 13:-0.14
u:risen 5:0.1
u:risotto 5:0.26
u:rly 6:0.22
u:road 0:0.15 1:-0.77 3:-0.31 6:-0.29 7:-0.16
u:roadside 5:0.24
u:roast 1:-0.12 4:-0.13 5:0.13
u:robbery 0:-0.37 4:0.33 11:-0.17
u:robe 4:0.2 6:0.16
u:robot 0:0.19 7:0.11
u:rock 5:0.59
u:roll 3:0.47 5:0.16 12:-0.15
u:rolled 0:-0.32 2:-0.19
u:rolling 0:0.1 2:0.1 6:-0.12
u:rome 5:0.17
u:rong 2:0.11 5:-0.22
u:roof 0:-0.13 1:-0.19 2:0.23 3:-0.11 4:-0.31 5:0.51 6:-0.13 9:0.24 12:0.22
u:room 0:-0.46 2:-0.23 3:0.1 5:-0.33 8:0.24 9:0.12 12:-0.19
u:rooms 0:0.21 1:0.15 2:0.16 3:0.97 8:-0.13
u:rota 0:0.15 1:-0.36 2:-0.19 4:-0.12 5:-0.35 6:-0.37 7:0.15
u:rough 0:-0.3 1:-0.32 5:0.81 12:-0.32
u:roughly 4:-0.35 5:0.11
u:round 0:0.67 4:-0.15 5:-0.23 9:-0.14 11:0.26 12:0.11
u:rounds 0:-0.11 6:0.13
u:route 1:-0.12 3:0.11 4:0.19 6:-0.3 11:-0.12
u:router 1:-0.11 2:0.16 6:0.21 8:0.1 11:-0.12
u:routes 5:0.1
u:routine 4:0.11 6:-0.14
u:routinely 6:0.1
u:row 0:-0.13
u:rubbery 5:0.11 8:0.12
u:rubbish 0:-0.45 1:-0.31 5:0.86 12:-0.18
u:rubble 0:0.17 3:0.22
u:rubish 5:0.76
u:rude 0:0.29 1:1.34 2:-0.28 5:-0.59 6:-0.24 8:-0.57
u:ruined 1:-0.16 2:-0.15 5:-0.12
u:rules 1:-0.55 2:0.23 5:-0.21
u:run 0:0.11 1:0.18 8:0.14
u:rung 0:0.16
u:running 0:0.21 2:-0.11 3:-0.27 4:-0.15 5:0.73 6:0.48 7:-0.18 12:-0.23
u:runs 1:0.18 4:0.17
u:rush 0:-0.13 1:-0.12 5:0.25
u:rushed 0:-0.59 1:0.49 2:-0.21 5:-0.25 6:0.47 8:-0.24 13:-0.19
u:rye 5:0.27 12:-0.12
u:rápido 0:0.17
u:s 3:-0.11 5:-0.2
u:sadly 0:0.11 3:0.13 5:0.12 12:-0.12
u:safe 2:0.45 5:0.3
u:safety 3:-0.23
u:said 0:0.14 1:0.29 2:0.4 3:-0.14 4:0.22 5:-0.53 6:0.71 7:0.15 8:-0.15 9:-0.22 11:0.11 13:-0.22
u:salad 3:0.22
u:sale 3:-0.14 6:0.19
u:sales 2:0.29 4:-0.12 6:0.1 9:-0.18
u:salesman 0:-0.23 1:0.44 5:-0.28 8:-0.32
u:salon 5:-0.45 10:0.15
u:salt 1:0.23
u:sam 2:0.1 5:0.14
u:same 0:0.25 2:-0.13 3:-0.17 4:0.14 5:-0.25 8:0.1 10:-0.11 12:-0.22
u:sample 5:0.39
u:sandwich 0:-0.13 4:-0.5 5:0.28 11:0.12 12:0.13
u:sandwiches 4:0.31 5:0.2
u:santa 1:-0.26
u:sat 0:0.1 2:-0.21 4:-0.23 5:0.47 6:0.41 13:-0.17
u:saturday 0:0.27 4:-0.1 5:-0.36 6:-0.53
u:saturdays 6:0.32 7:-0.11
u:sauber 0:0.26
u:sausage 3:0.2 5:0.2
u:save 10:-0.14
u:saved 0:-0.49 1:-0.28 2:0.82 4:0.15 6:-0.14 9:0.37 11:0.22
u:saves 6:0.15
u:savings 2:0.14 4:-0.15
u:saw 0:0.15 1:0.12 2:0.25 5:-0.12 6:-0.27 8:0.13
u:say 0:-0.32 1:0.14 3:0.33 4:-0.3 6:0.25 7:0.15 8:0.13 10:0.13 11:0.2 13:0.22
u:sayin 6:0.64
u:saying 0:0.51 1:0.17 3:0.52 6:0.31 7:-0.23 9:-0.12 12:-0.13 13:-0.38
u:says 0:0.13 1:-0.23 2:0.64 3:-0.11 5:0.39 9:-0.23 12:-0.18
u:scale 0:-0.17
u:scan 0:0.36 4:-0.11 5:-0.21 6:-0.15
u:scanners 5:-0.16 6:0.49
u:scanning 2:-0.11 4:-0.13 6:0.14
u:scathing 0:0.14 5:0.18
u:schedule 0:0.17 5:0.21
u:scheme 0:-0.15 1:-0.23 6:-0.25
u:schnell 5:-0.11
u:schnitzel 1:-0.24
u:school 0:-0.12 5:-0.18 13:-0.12
u:schools 5:-0.14 6:0.1
u:science 2:0.1 5:0.24
u:scone 5:0.48 12:-0.12
u:scones 5:0.26
u:scratch 0:-0.15 3:0.19 5:0.28
u:scratched 5:0.28 8:0.1
u:screaming 1:0.28
u:screen 0:0.2 2:-0.22 5:0.5 7:0.14 12:-0.12
u:screens 5:0.27 6:0.25
u:script 6:0.26
u:scripts 0:-0.2 2:0.18 5:-0.14
u:scrum 0:0.19
u:scuffed 5:-0.16
u:sea 0:0.17
u:seam 4:0.13 5:0.35
u:season 2:-0.1 4:0.16 6:0.27
u:seat 0:0.15 2:-0.27 3:0.53 5:0.58 6:-0.11
u:seats 1:-0.1 3:0.18 4:0.46 5:0.14 11:0.22 12:0.1
u:second 0:-0.28 2:0.32 6:-0.44 9:-0.16
u:seconds 0:0.67 7:0.15
u:secretary 1:0.14 6:0.25
u:section 0:-0.13 1:0.16 3:0.27 4:-0.16
u:security 0:-0.13 1:0.24 6:-0.21 8:-0.11
u:see 0:0.17 2:-0.17 3:0.22 5:0.11 6:0.18 10:-0.16
u:seed 0:-0.17 5:0.47 12:0.13
u:seemed 1:0.13 2:0.18 5:0.13 7:-0.11 8:-0.21
u:seems 3:0.15 5:0.12
u:seen 0:0.7 3:0.1 4:-0.16 7:0.23 8:-0.14 10:0.12
u:sehr 0:0.8 5:-0.23 6:0.13
u:self 0:0.41 1:-0.25 2:-0.15 5:-0.53 6:-0.14
u:sell 0:-0.15 1:-0.26 4:0.13 5:0.28 9:-0.14
u:sellers 4:0.16
u:selling 2:0.15
u:semi 6:0.15 11:0.11
u:send 0:0.25 2:0.16 3:0.13 5:-0.35 6:0.18
u:sending 0:-0.23 1:-0.13 2:0.2 3:0.14 6:0.13 9:-0.12
u:sends 0:0.22 4:0.17 5:-0.15 6:0.32
u:sensor 6:-0.14
u:sent 1:-0.29 2:0.16 3:-0.66 4:-0.29 5:0.19 6:0.48
u:sentence 0:-0.16
u:september 0:0.18
u:serious 2:0.14
u:served 5:0.25
u:server 6:0.15
u:servers 2:0.11
u:service 1:-0.16 3:-0.26 4:0.26 5:-0.3 6:0.14 7:-0.21 9:0.11 11:-0.21 12:0.11 13:-0.11
u:serviced 0:-0.19 2:0.16
u:services 2:0.11 4:-0.13 5:0.29
u:serving 0:0.26 7:-0.11 8:-0.15
u:session 0:-0.15 1:-0.26 2:0.46 5:-0.41 6:0.25 9:0.25
u:sessions 0:-0.11 2:-0.13 5:0.39 12:0.2 13:-0.11
u:set 2:0.18 4:0.12 5:-0.11 6:0.11
u:setting 1:0.22 3:0.16 6:0.11
u:settled 2:0.11 6:-0.16
u:seven 0:0.43 7:-0.2 11:-0.1 13:-0.11
u:several 0:0.12 3:0.16 4:0.28 5:0.38 8:0.14 9:0.25 11:-0.21
u:shade 1:0.18 2:0.24 5:-0.18 9:-0.16
u:shading 4:-0.18 12:-0.18
u:shaking 1:0.21 6:-0.1
u:shambles 0:0.11
u:shame 0:0.46 1:0.31 3:0.15 5:0.43 7:-0.12
u:shampoo 2:0.27 5:-0.14
u:sharp 0:0.27 1:-0.36 2:0.2 3:-0.16 5:0.39 8:-0.11
u:she 0:-0.12 1:0.28 2:0.4 4:-0.14 6:0.32 7:0.19 8:0.13 9:0.11 13:0.13
u:shed 0:-0.19 2:-0.29 6:0.11
u:sheet 0:-0.16 1:-0.16 2:-0.13 6:0.16
u:sheets 2:-0.11 3:0.16 5:0.11
u:shelf 1:0.17 2:0.37
u:shell 0:-0.12 6:0.1
u:shelves 0:-0.15 3:0.27 4:-0.12 6:0.14
u:shes 5:0.16 11:0.16
u:shift 0:-0.16 1:-0.34 3:0.3 5:0.15 6:-0.34
u:shine 12:-0.17
u:shingles 5:-0.11
u:shirt 2:-0.11 5:0.21 12:-0.18
u:shirts 5:0.14
u:shocked 0:0.15
u:shocking 0:-0.16 5:-0.26 13:0.19
u:shoe 3:0.3
u:shoes 0:-0.19 5:0.36 9:0.1
u:shop 0:-0.18 1:-0.56 2:0.42 3:0.31 4:0.36 5:-0.24 6:0.2 8:0.11 9:-0.14
u:shoppers 1:0.11 5:0.16
u:shopping 0:-0.21 1:0.37
u:shops 1:0.31 6:-0.17
u:short 0:0.42 1:-0.19 2:-0.11 5:0.19 8:-0.18 12:0.12
u:shorter 1:0.21 5:0.16
u:shot 5:0.19
u:should 0:-0.27 1:-0.31 2:0.14 3:-0.11 5:-0.43 6:0.18 9:-0.21 11:0.14 13:-0.11
u:shoulder 0:-0.28
u:shouldnt 1:0.12
u:shout 0:-0.16 1:0.12 4:0.27 5:-0.15
u:shouted 0:-0.23 4:0.16
u:shouting 1:0.57
u:show 0:-0.18 2:-0.16 6:-0.14
u:showed 0:-0.68 1:-0.27 2:0.1 3:-0.18 4:-0.39 6:0.37 9:0.2 13:0.14
u:shower 0:0.17 2:-0.22 4:0.12
u:showers 2:0.19 3:-0.17 5:0.36 6:-0.18 10:-0.12 12:-0.15
u:showing 1:0.12 6:0.19 13:0.1
u:showroom 2:0.25 6:-0.18
u:shows 4:0.17 6:0.2
u:shrug 1:0.12 2:0.12
u:shrugged 0:-0.2 1:0.19 3:-0.13 6:-0.2 8:-0.18 12:-0.12
u:shrunk 1:0.3 5:-0.15
u:shut 6:-0.14
u:sick 0:-0.15
u:side 0:0.16 1:0.12 4:0.14 5:0.82
u:sighed 0:-0.16 1:0.25 8:-0.14
u:sign 3:-0.15 5:0.12
u:signage 1:-0.17 2:-0.16 5:-0.11 6:-0.24
u:signal 0:-0.13 4:0.4 6:0.12
u:signed 1:-0.12 5:-0.21
u:signs 0:-0.16 1:0.19 6:-0.37
u:silent 3:-0.19
u:silk 2:0.17 5:-0.1
u:simple 0:-0.12 1:0.21
u:simply 4:-0.15
u:simpático 5:0.34
u:since 0:0.75 1:-0.26 2:-0.15 3:0.34 5:0.27 7:0.27 9:0.14 10:0.12
u:single 0:0.13 3:0.11 4:-0.38 5:0.16 9:0.11 10:-0.24 12:-0.15
u:singled 2:-0.18 6:0.11
u:sink 5:0.18 11:-0.11
u:sister 5:-0.13
u:sisters 1:0.11 2:-0.12
u:sit 1:0.2 2:-0.13 4:0.2 5:-0.16
u:site 0:0.34 2:-0.24 4:0.15 5:0.7 6:0.1 7:0.21
u:sitting 0:0.27 4:-0.23 6:0.13
u:six 0:-0.23 1:0.24 2:-0.59 5:0.31 6:0.18 7:-0.19
u:size 1:-0.14 2:0.13 5:0.4
u:skimmed 5:0.27
u:skin 5:0.42 11:0.18
u:skip 6:-0.11
u:skipping 3:0.14
u:skirting 0:0.16 2:0.22 3:0.13 4:0.1 5:0.15 10:0.11 11:-0.15
u:sleep 1:-0.15 5:0.45 6:-0.11
u:sleeping 5:0.42
u:sleeve 1:-0.12 3:0.16 5:0.39 10:-0.14 12:0.1
u:slept 5:0.34
u:slice 1:0.12 12:-0.15
u:slick 5:0.25
u:slides 0:-0.14 5:0.26 6:0.29
u:slightest 5:-0.12
u:slot 0:0.44 3:-0.11 5:0.13 6:-0.24
u:slots 0:0.28 1:0.19 2:0.11 6:0.13 13:0.13
u:slow 0:0.94 1:-0.33 2:0.19 6:-0.35 7:-0.19
u:slowest 0:0.21
u:slowly 0:-0.26 1:0.29 5:-0.12 6:0.18 13:0.11
u:small 1:0.37 4:0.31 5:-0.36 6:0.11 8:0.13 11:-0.2 13:-0.11
u:smaller 4:0.35 5:-0.15
u:smart 0:-0.13 2:0.16 3:0.18 6:0.22 12:-0.18 13:0.14
u:smashed 1:0.1 5:0.13
u:smear 2:-0.18
u:smeary 0:-0.13 3:0.23
u:smell 0:0.1 2:-0.12 3:0.57 6:-0.16
u:smelled 3:0.11 5:-0.34
u:smelling 2:-0.1 3:0.1 5:0.33
u:smells 0:-0.18 3:0.83 5:-0.5
u:smelt 2:-0.11 3:0.37 5:-0.44
u:smh 1:-0.34
u:smile 1:-0.34 5:-0.14 8:-0.11
u:smiles 1:0.21 8:-0.11
u:smiling 1:0.14 4:0.23 5:-0.18
u:smoke 5:0.1
u:smooth 5:0.12
u:snack 5:0.17
u:snapped 2:-0.11 4:-0.65 5:0.64 12:-0.17
u:snotty 4:0.14 5:-0.12
u:so 0:-0.18 1:-0.3 3:-0.27 5:-0.18 6:0.25 7:-0.25 8:0.11 9:-0.17 10:-0.22 12:-0.13
u:soaked 1:0.12 2:0.17 3:-0.18 5:0.4 12:-0.17
u:soaking 5:0.15
u:social 6:0.19
u:society 0:-0.16 2:0.2 4:0.14 5:-0.21
u:socket 0:-0.34 1:0.12 5:-0.29
u:sockets 1:0.12
u:sofa 1:0.2 3:0.31 5:-0.24 6:0.14
u:software 0:0.1
u:soggy 0:-0.11 2:-0.13 5:0.42 12:-0.18
u:solar 1:-0.15
u:sold 0:-0.23 1:-0.41 2:0.69 5:0.55 6:-0.15 9:-0.11
u:solicitor 2:0.13 4:0.15 5:-0.16 6:0.15
u:solicitors 4:-0.11
u:solid 3:0.2 5:0.17 12:0.13
u:some 0:-0.34 2:0.23 3:-0.14 6:-0.11 8:-0.21 9:-0.11
u:someone 1:-0.57 2:0.39 3:0.79 4:0.26 5:-0.22 7:0.11 9:-0.37 10:-0.19
u:someones 1:0.23 2:-0.15 5:-0.23 8:-0.14
u:something 1:0.12 2:-0.24 3:-0.24
u:sometimes 5:0.13
u:somewhere 0:-0.11 1:0.31 2:0.23 5:-0.11 8:-0.11
u:sommelier 2:0.12
u:son 0:-0.31 1:0.32 2:0.44 5:0.31
u:song 1:-0.28
u:sons 0:-0.17 1:0.13 9:0.11
u:soon 0:-0.1 5:0.28 6:-0.14 12:-0.11
u:soooo 0:0.15
u:sore 0:-0.3 1:-0.42 2:0.14 5:0.53
u:sorry 0:-0.1 1:-0.12 5:0.3
u:sort 0:-0.16 1:0.31 5:-0.13 6:-0.23
u:sorted 0:0.39 2:0.22 3:-0.17 4:-0.14 5:0.15 6:-0.11 7:0.17 8:0.12 9:0.2
u:sorting 5:-0.14
u:sound 0:0.13 1:0.86 2:-0.26 3:-0.44 4:-0.24 5:-0.11 6:0.11 7:0.17 8:0.23 12:0.24
u:soup 5:0.18
u:sourdough 0:-0.14 1:0.17 4:0.12 5:0.46
u:spa 2:-0.11 4:0.3 5:0.16 6:0.1
u:space 1:0.12 2:-0.13 5:-0.33 6:-0.14
u:spacer 1:-0.34 2:0.22
u:spain 1:-0.13 4:0.2
u:spaniel 1:-0.38
u:spare 0:-0.35
u:sparky 1:0.3 3:0.12 5:0.2
u:spay 2:-0.17
u:speak 0:-0.42 5:-0.14 6:0.65 9:0.24
u:speaking 1:0.13 4:-0.23 6:0.16
u:speaks 1:0.24
u:spec 5:-0.14 6:-0.32
u:special 4:-0.1 5:-0.23
u:specialist 0:0.18 2:0.67 5:0.12 9:-0.12
u:specific 1:-0.25 2:0.21
u:specs 5:0.71 12:0.12
u:speed 0:0.19 3:0.12 5:0.63
u:speeds 0:-0.19 5:0.34 12:0.16
u:speedy 0:0.46 5:-0.21
u:spend 0:0.1 1:-0.31 2:-0.17 6:0.18
u:spending 0:0.32 1:0.17 6:-0.19 7:-0.15
u:spent 0:-0.28 1:0.35 3:0.11 4:0.17 6:-0.26 7:-0.18 8:0.24
u:spilled 10:0.18
u:spin 5:0.32
u:split 1:0.14 5:0.18 8:-0.11 12:-0.16
u:spoke 1:0.49 2:-0.14 6:0.18
u:spoken 0:-0.32 1:0.34 5:-0.13
u:sports 0:-0.11 2:-0.12 3:0.35
u:spot 0:-0.12 1:-0.19 2:0.22 3:0.14 4:-0.11 5:0.19 6:0.43 9:0.24 13:0.13
u:spotless 0:-0.17 1:-0.39 3:1.09 4:-0.15 6:-0.18 9:0.18 10:1.03
u:spotted 0:-0.18 1:-0.15 2:0.17 4:0.36 5:-0.54 6:-0.34 9:0.37
u:spotting 0:0.14 1:-0.12 2:0.28
u:spring 5:0.26
u:squat 0:0.13 1:-0.34 2:0.11 5:-0.15
u:squeal 5:0.25
u:squeezed 0:0.22 1:0.13 6:-0.49
u:st 0:0.11 5:-0.5 6:-0.18 11:0.12
u:staf 1:0.25 5:-0.19
u:staff 1:1.28 2:0.49 3:-0.24 4:-0.54 6:-0.95 9:-0.12 11:-0.2 12:0.19
u:staffed 0:0.37 1:-0.15 6:0.15
u:stage 4:0.16 5:0.23 6:0.18 13:0.16
u:stain 2:-0.15
u:stained 0:0.16
u:stains 3:-0.21 5:0.12
u:stairs 0:0.1 2:-0.1 6:0.11
u:stale 4:0.18 5:0.5 12:-0.13
u:stamps 0:0.17 4:0.73 5:-0.11
u:stand 0:0.28 5:0.22
u:standard 0:-0.11 2:0.1 4:-0.16 5:-0.16
u:standing 1:-0.19 5:-0.16 6:0.37
u:stands 5:-0.2
u:stank 3:0.19 10:-0.11
u:star 0:0.23 1:0.28 6:0.2 13:0.1
u:stars 0:-0.14 1:0.11 2:-0.14 5:0.28 12:0.17
u:start 0:0.68 1:-0.3 2:-0.22 6:0.33
u:started 2:-0.34 3:0.77 5:-0.2 6:0.18 7:-0.27 12:-0.11 13:0.28
u:starters 0:0.1 2:0.23 9:-0.12
u:starting 0:-0.14 4:-0.22 7:-0.12
u:starts 6:0.11
u:state 1:0.13 6:-0.11 10:-0.2
u:statement 1:0.38 2:-0.27 6:0.15
u:statements 13:-0.15
u:station 0:0.17 3:0.22 7:-0.13 11:0.12
u:status 0:-0.15 5:0.3 6:0.27
u:stay 0:-0.1 1:0.31 2:-0.17 5:-0.13 6:-0.19
u:stayed 0:-0.22 5:0.56
u:staying 0:0.3 5:0.11
u:steak 1:-0.18 5:0.17
u:steal 4:0.38 8:-0.12
u:steep 4:0.23 6:-0.31
u:steered 5:0.34 11:0.14
u:steering 3:0.24 5:-0.35
u:stellar 5:-0.18 10:-0.13
u:step 0:0.14 1:-0.2 2:-0.19 3:-0.11 5:-0.1 6:0.61 13:0.28
u:steps 1:0.32 5:-0.17
u:stick 2:0.1 6:0.17
u:sticks 5:0.11
u:sticky 0:-0.25 1:-0.15 3:0.61 4:-0.18 6:-0.11 10:-0.34 12:0.16
u:still 1:-0.2 3:-0.33 4:0.26 5:0.23 7:-0.28 9:-0.3 11:-0.25 12:-0.33 13:-0.42
u:stock 0:-0.12 2:0.31
u:stockroom 3:-0.2
u:stone 0:0.29 5:-0.37 7:-0.12
u:stood 0:0.58 2:-0.32 5:-0.17 6:-0.19 7:-0.12 8:-0.15
u:stop 0:-0.15 4:-0.26 6:-0.32
u:stopcock 2:0.11 5:-0.12
u:stopped 1:0.12 2:0.16 4:-0.15 5:0.14 6:0.49 9:0.17 12:-0.21 13:0.35
u:storage 0:-0.32 1:-0.11 6:0.27
u:store 2:0.2 5:-0.29 6:-0.49 8:-0.16 11:0.23 12:-0.22
u:stores 5:0.18
u:stories 3:0.1 4:0.16 12:0.11
u:story 0:0.21 1:0.18 2:-0.12 5:0.34 12:0.31
u:straight 0:0.26 1:0.24 2:0.35 4:-0.14 6:0.15 7:0.28 9:0.2 10:-0.11 11:0.11 13:0.2
u:straightforward 0:0.2 6:0.13
u:strap 0:-0.13 1:0.24 4:0.21 5:-0.25
u:strawberries 0:-0.29 5:0.16
u:street 0:-0.13 1:0.22 2:0.17 3:0.12 5:-0.17 6:0.12 11:-0.11 12:-0.12
u:streetlight 0:0.58 5:-0.58 7:-0.25
u:strength 2:0.17 4:-0.1 6:0.14
u:stress 1:-0.15 2:0.39
u:stretch 5:0.11
u:stretched 4:0.13 5:0.23
u:strimmer 5:-0.28
u:strong 1:-0.13
u:structure 6:-0.13
u:stuck 0:-0.19 1:-0.12 6:-0.12 10:-0.26
u:student 0:-0.2 4:0.28 6:0.17 13:-0.12
u:students 0:0.32 1:-0.11 2:0.27 3:-0.19 5:-0.19 11:-0.1
u:studio 3:0.14
u:study 1:0.23 5:-0.44 8:-0.14
u:stuff 1:-0.33 2:0.68 8:-0.11 9:0.34 12:-0.13 13:-0.11
u:stung 4:0.17
u:stunning 0:0.1 1:-0.14 5:0.65 6:-0.27 12:0.21
u:stupid 1:0.12
u:stylist 0:-0.19 1:0.33 5:0.24
u:subscription 0:0.2 1:-0.11 2:-0.11 4:0.5 5:-0.24 6:0.16 11:0.15
u:substitutions 1:0.14
u:such 1:0.23 2:-0.11 5:-0.34
u:sue 0:0.14 6:0.12
u:suggested 2:0.24 4:0.1
u:suggestions 2:0.11 6:-0.15
u:suit 0:-0.23 1:0.24 2:0.11 3:-0.3 4:0.18 5:0.33 6:-0.11
u:suite 0:0.11 3:0.24
u:suited 1:0.17 5:-0.19
u:summary 0:-0.11 1:-0.31 3:0.13 5:-0.25 8:-0.1 13:0.19
u:summed 6:-0.17 8:0.11
u:summer 1:-0.32 5:0.21
u:sunday 1:-0.14 4:-0.12 5:0.24 11:-0.13
u:sundays 0:-0.18
u:super 1:0.12 4:-0.15 5:0.82 12:0.29
u:superb 7:0.22
u:supermarket 0:0.13 4:0.27 6:-0.19
u:supermarkets 5:0.18
u:supervisor 0:0.16 1:0.2 2:0.15 6:-0.2
u:supervisors 1:0.15
u:supplements 2:0.3 5:-0.14
u:supplier 4:0.17 5:-0.18 7:0.11
u:suppliers 5:0.23
u:support 0:0.21 1:-0.13 2:0.12 3:-0.11 5:0.3 6:0.31 9:-0.13 13:-0.15
u:suppose 0:-0.11 1:-0.29 4:-0.11 5:-0.23
u:supposed 6:0.11
u:supposedly 1:0.29
u:sure 0:-0.49 1:0.16 6:0.13
u:surface 0:0.2 5:0.14
u:surgery 0:0.54 1:-0.27 3:0.88 4:-0.13 5:-0.37 7:0.16 8:-0.16 9:0.13 10:0.22
u:surprised 10:0.14
u:survey 2:0.17 4:-0.16 5:0.1 6:-0.22 9:0.13
u:surveyor 2:0.51 3:-0.14 6:-0.14
u:swamp 0:0.14 5:-0.17
u:swapped 6:0.43 13:0.18
u:sweep 0:-0.2 1:-0.11
u:sweet 1:0.15 5:-0.12
u:sweetheart 1:0.16 5:-0.49
u:swept 1:-0.15 3:0.77 10:0.33 12:0.19
u:swim 0:-0.12 1:0.17 3:0.26 5:0.37 11:0.2 12:0.12
u:swimmers 3:0.13
u:swimming 1:0.13 3:-0.32 4:-0.14 5:0.17
u:switch 1:-0.17 5:-0.23 6:0.31 7:0.12
u:switched 1:-0.16 4:0.29 6:-0.16
u:switching 4:-0.11 5:-0.21
u:sympa 1:0.19 4:0.37 5:0.22
u:symptoms 1:0.13 2:0.19 9:-0.15
u:system 0:0.18 1:-0.11 3:-0.19 5:-0.23 6:-0.21 8:0.11 11:0.15 13:-0.12
u:systems 5:0.26 6:0.12
u:ta 0:0.15 1:-0.16 3:0.34 7:0.12 10:0.29 12:0.11
u:table 0:0.24 1:0.37 3:0.34 6:-0.11 10:-0.21
u:tables 3:0.47 4:-0.18 5:-0.2 6:-0.1 10:-0.13
u:tablets 0:0.18 1:-0.22 2:0.72 3:-0.15 4:-0.12 5:-0.23 6:0.13 7:0.2 9:-0.16 13:0.11
u:tag 1:-0.48
u:take 0:0.39 1:0.22 3:-0.17 6:-0.12 7:-0.14 9:0.19
u:takeaway 0:0.3 3:-0.11 4:0.43 6:-0.14
u:taken 4:0.16 6:0.12 12:0.12
u:takes 0:0.14 4:-0.12 5:-0.13 7:-0.11
u:taking 0:0.31 7:-0.13
u:talk 2:0.2 3:-0.23 5:0.1 6:-0.12 12:-0.12
u:talked 1:0.48 2:0.12 4:-0.14 5:-0.12 8:-0.24 9:0.22 13:0.21
u:talking 0:0.23 1:0.32 2:0.19 6:-0.37 7:0.12 13:-0.13
u:tank 2:-0.1
u:tap 1:0.16 5:0.5 6:-0.16 12:-0.18
u:targets 2:-0.11 6:0.12
u:tariff 4:-0.15 5:-0.25 6:-0.3
u:tariffs 2:0.13
u:taste 5:1.1 12:-0.29
u:tasted 4:-0.13 5:0.47 12:-0.1
u:tastes 3:-0.18
u:tasting 6:0.16
u:tasty 5:0.59 12:0.12
u:tattoo 3:0.11 10:-0.1
u:tax 0:-0.27 1:-0.14 2:0.44 5:-0.13 6:-0.16
u:taxi 0:-0.29 4:0.17
u:tbh 0:-0.31 1:0.16 5:0.17 11:0.18 12:-0.17
u:tea 0:0.38 1:-0.31 5:0.14 6:-0.1
u:teacher 0:-0.49 5:0.33 6:0.59 12:0.11
u:teachers 0:-0.15
u:teaching 5:0.1 6:-0.13
u:team 1:0.34 2:0.24 4:-0.22 6:0.16 7:0.27 8:0.16 10:0.12
u:tear 6:0.16
u:tears 6:0.14
u:teas 1:0.21 3:0.1 6:0.22
u:tech 0:0.19 5:0.18
u:technician 2:0.48 5:-0.25 6:0.65 13:0.14
u:technicians 2:0.14
u:teenagers 6:-0.12
u:teeth 1:0.12 2:-0.25 3:-0.33 4:0.14 5:0.63
u:telephone 5:0.2
u:tell 0:-0.2 1:0.26 2:0.15 3:0.21 4:0.49 5:-0.13 6:0.38 11:0.22
u:telling 1:-0.16 4:-0.15 5:0.35 6:0.28 12:-0.2 13:0.12
u:tells 4:0.17 5:-0.15 6:0.51
u:ten 0:0.42 1:-0.2 5:-0.22 6:-0.18 7:0.28 8:-0.12 10:0.11 11:-0.18 13:0.11
u:tenancy 4:0.11 5:-0.1
u:tenant 1:0.15
u:tenants 1:-0.13 3:0.15
u:tenner 2:-0.16 4:0.41 5:-0.11 11:0.22
u:tennis 1:0.21 5:-0.1
u:term 0:-0.22 5:0.28
u:terminal 6:-0.11
u:termination 6:0.15 11:-0.11
u:terms 0:0.28 2:0.17 5:-0.24 7:-0.13
u:terrible 0:0.29 2:0.15 5:0.4
u:terrified 1:0.18
u:test 0:0.29 1:0.19 2:0.26 4:0.22 5:0.13 6:-0.17 9:0.16 11:-0.11
u:tests 2:0.15 6:0.27 13:-0.12
u:text 0:-0.73 1:-0.21 2:-0.46 3:-0.28 5:-0.47 6:1.17 13:0.38
u:texted 1:0.24 4:-0.1 5:0.18 6:0.25 13:0.21
u:texting 5:-0.2
u:texts 1:-0.13 6:0.76 11:0.12 13:0.12
u:th 0:0.35 1:0.11 5:-0.27 7:-0.1 13:-0.11
u:thai 5:0.35
u:than 0:0.22 1:-0.13 2:-0.11 3:0.17 4:0.22 5:0.18 6:-0.24 7:0.17 8:0.11 9:0.22 10:0.34 12:0.47
u:thank 0:-0.34 2:-0.19 4:-0.18 8:0.13 12:0.17 13:0.14
u:thanked 6:0.29
u:thankfully 2:0.18 6:-0.15
u:thanks 0:-0.25 1:0.22 2:0.21 3:-0.45 4:-0.1 5:-0.49 8:-0.2 13:-0.33
u:that 0:0.2 2:0.12 3:0.21 5:0.36 6:0.4 7:-0.15 8:0.19 11:-0.37
u:thats 0:0.11 1:-0.19 4:-0.18 5:0.15 6:-0.76 7:0.14 13:-0.12
u:the 0:-0.53 2:0.37 6:-0.22 9:-0.16 13:0.13
u:theatre 0:0.18 4:-0.11 6:0.11
u:their 1:0.58 2:-0.12 3:-0.12 4:-0.24 6:0.31 8:-0.23 9:0.32 10:0.1 11:0.1 13:0.28
u:them 0:-0.14 1:0.34 2:-0.37 5:0.39 6:0.18 11:0.14 13:0.13
u:theme 0:-0.13
u:themselves 0:-0.18 2:-0.2 3:0.13 5:0.26 6:0.59 12:0.11
u:then 0:0.29 1:0.27 2:-0.12 3:0.42 4:-0.11 5:-0.16 6:0.52 7:-0.19 9:-0.35 10:-0.11 11:-0.14 12:-0.16 13:-0.26
u:theory 5:-0.22
u:therapist 0:-0.17 2:0.14 5:-0.22
u:therapists 5:-0.13
u:there 0:0.74 1:0.24 2:-0.27 3:0.28 4:-0.17 5:-0.5 7:-0.19 9:0.11 10:-0.21 13:-0.18
u:thered 4:0.11 6:0.14
u:theres 0:-0.39 1:-0.22 2:0.33 3:-0.32 5:0.38 12:-0.24
u:thermostat 1:0.12 3:0.14 4:-0.35 6:0.17
u:these 1:0.21 2:0.1 4:-0.23 6:-0.25 12:0.12
u:they 2:-0.44 5:0.38 6:0.53 8:0.11 9:-0.44 11:0.16 12:0.1 13:0.17
u:theyd 2:-0.15 3:-0.11 9:0.12 13:0.1
u:theyll 0:0.41 3:0.13 5:-0.2 7:-0.1
u:theyre 1:0.24 2:0.37 4:0.19 6:-0.2
u:theyve 1:-0.34 3:0.12 5:0.24 6:0.19
u:thing 0:-0.25 1:0.13 11:-0.11 12:0.17
u:things 2:-0.11 4:0.22 5:-0.31
u:think 1:-0.12 3:-0.16 4:0.43
u:thinking 1:-0.38 5:0.31
u:thinner 5:-0.17
u:thinning 5:0.2
u:third 0:-0.38 1:-0.24 2:0.23 5:0.22 9:-0.18 12:-0.13 13:-0.1
u:this 0:-0.2 2:-0.11 3:-0.13 5:-0.11 7:0.18 11:0.26
u:tho 1:0.22 5:0.15 8:0.13
u:thorough 1:-0.54 2:-0.15 5:0.57 6:0.11 12:0.14
u:those 0:0.19 1:-0.22 2:0.17 3:-0.27 4:-0.17 5:0.32
u:though 0:0.91 1:0.3 2:0.24 3:0.2 4:0.3 5:0.18 6:-0.3 7:-0.13 8:0.25 10:-0.15 12:0.11 13:-0.17
u:thought 0:0.13 1:-0.13 2:0.15 3:0.36 5:0.36 6:-0.16 12:0.12
u:three 2:0.25 4:0.24 5:0.3 6:0.24 7:-0.36 8:-0.13 9:-0.12 12:-0.28 13:-0.24
u:threw 0:-0.13 4:0.12
u:thrilled 5:0.21 6:0.14 12:0.14
u:through 0:0.35 2:-0.17 3:-0.18 4:-0.18 5:0.17 6:0.28 9:0.24 13:0.54
u:throughout 4:-0.12 5:0.24 6:0.14
u:throw 1:-0.13 4:-0.15 5:0.24 12:-0.15
u:thursday 0:0.35 2:-0.13 5:-0.27 7:-0.31
u:thx 1:-0.26 6:0.12 12:0.21 13:0.1
u:thyroid 2:0.3 5:-0.18
u:ticket 0:0.47 1:0.11 2:0.12 4:0.29 5:0.44 6:-0.27 7:-0.23
u:tickets 12:0.13
u:tidy 3:0.48 6:-0.24 10:0.3
u:tidying 1:-0.14 3:0.16
u:tiles 1:-0.15 6:-0.14 9:0.12
u:till 0:0.18 1:-0.16 2:-0.48 4:-0.13 5:-0.28 7:-0.21 12:0.14
u:tills 0:0.3 1:0.39 6:-0.15 7:-0.13
u:time 1:0.52 2:-0.3 3:-0.48 6:0.2 7:-0.1 9:0.15 10:-0.14 11:-0.17 12:-0.15 13:0.11
u:timeline 1:-0.12 6:0.23
u:timely 5:0.11
u:times 0:0.25 1:-0.23 3:0.28 4:-0.28 5:0.3 6:0.11 8:-0.14 9:-0.2 11:0.1 12:-0.21 13:-0.4
u:timetable 0:0.22
u:tin 3:-0.11 5:0.13
u:tiny 5:0.26 12:-0.11
u:tip 0:-0.12 1:0.19 3:1.01 4:-0.14 5:-0.26 6:-0.14 8:0.11 10:-0.25 12:0.13
u:tipping 0:0.28 6:-0.12
u:tired 0:0.26
u:to 1:0.14 3:-0.2 7:-0.18 8:-0.32 9:-0.13 10:-0.27 11:-0.11 12:0.15 13:-0.11
u:toast 11:-0.12
u:toaster 3:-0.14 4:-0.11
u:today 0:0.63 1:-0.35 2:-0.34 3:-0.2 4:-0.13 5:0.21 6:-0.27 12:0.12
u:toddler 1:-0.18 5:0.28
u:todo 5:-0.14
u:together 2:0.2
u:toilet 3:0.47 10:-0.12
u:toilets 0:-0.76 1:-0.14 2:-0.31 3:1.71 4:-0.18 5:-0.27 6:-0.3 10:-0.24 11:-0.11
u:told 0:-0.39 2:1.27 3:-0.26 4:-0.49 5:-0.28 6:-0.26 7:-0.17 8:-0.21 9:-0.55 13:-0.35
u:tom 1:0.13
u:tomorrow 0:0.17 1:0.19 7:-0.2
u:tone 0:0.12
u:too 1:0.41 2:-0.26 4:0.4 5:0.83 6:0.11 8:0.13 11:-0.15
u:took 0:0.99 1:0.19 2:0.12 3:0.12 4:-0.45 6:-0.26 7:-0.16 8:0.39 9:0.12 11:0.15
u:tool 2:0.11 5:0.2
u:tooth 1:0.19 2:0.1
u:top 1:-0.31 2:0.12 3:0.11 6:0.5 9:0.13 11:-0.18 12:0.11
u:topic 5:-0.16
u:torch 5:-0.21
u:total 2:-0.25 3:-0.12 5:0.11
u:totally 1:0.25 8:-0.14
u:touch 2:-0.21 4:0.33 5:-0.19 11:0.12
u:touched 3:0.19
u:towel 1:-0.15 4:-0.23 10:-0.17
u:towels 2:-0.12 4:0.21 5:-0.19
u:town 0:-0.14 1:0.5 3:-0.29 4:0.45 6:-0.13 12:0.19
u:toy 0:-0.11 5:0.46 12:-0.11
u:tracked 6:0.24
u:tracker 2:-0.13 4:-0.12 6:0.34
u:tracking 1:-0.27 3:-0.16 5:-0.21 6:0.77 12:-0.12
u:trade 2:0.33
u:traffic 1:0.61
u:train 0:-0.11 1:0.16 2:-0.11 3:0.16 5:-0.32 6:0.8 11:-0.23
u:trained 4:-0.16
u:trainer 1:-0.12 4:0.17
u:trainers 5:-0.18
u:training 0:-0.57 1:-0.27 2:0.23 3:-0.1 5:-0.27 6:-0.56 9:0.16
u:trains 0:0.19 6:0.15
u:transfer 0:0.25 2:0.17 5:-0.12
u:transferred 5:0.5
u:transfers 0:0.17 5:0.12
u:transport 3:0.1 6:-0.15
u:travel 2:0.16 5:-0.11
u:travellers 0:0.12 2:0.11 5:0.15
u:tray 0:0.11 5:0.13
u:trays 2:0.11
u:treadmills 0:-0.12 5:0.29
u:treasure 0:0.14 1:0.13
u:treat 1:0.29 2:0.58 3:0.1 4:-0.1 5:0.26 8:-0.13
u:treated 0:-0.13 1:0.14 5:-0.23 8:0.11
u:treatment 4:0.15 11:-0.11
u:treatments 4:0.16 5:0.46
u:triage 5:-0.18
u:tried 2:0.22 5:0.33
u:trim 0:0.19 2:-0.14 4:-0.14 5:0.82 6:0.11 12:0.15
u:trip 0:-0.12
u:tripped 0:-0.2 6:-0.13
u:trips 5:0.38 6:-0.2
u:trolley 0:0.2 3:0.46 5:-0.13
u:trolleys 0:0.32 1:-0.49 5:-0.11
u:trop 1:0.14 4:0.33 5:0.12 11:-0.2
u:trouble 1:0.13 6:-0.15
u:truly 0:-0.19
u:trust 0:-0.14 2:0.22 6:-0.1
u:trusted 2:-0.13
u:truth 1:-0.15 5:0.27
u:try 1:0.14
u:trying 3:0.28 8:-0.13
u:très 2:0.13 4:1 5:0.1 8:-0.15 9:0.1 11:0.14
u:tuesday 0:0.31 2:-0.2 5:0.16 6:-0.13 12:0.16
u:turn 0:-0.31 2:0.4 4:-0.17 5:-0.39 6:0.42
u:turnaround 0:0.2
u:turned 0:0.75 1:-0.2 4:0.25 5:-0.24 6:-0.26 11:0.13 12:0.17
u:turns 0:0.42 1:-0.12 3:-0.12 4:-0.14 6:-0.26 7:0.12 11:0.12
u:tutor 2:0.11 5:0.13 6:-0.12
u:tutoring 6:0.16
u:tv 0:-0.28 5:-0.3 6:-0.2
u:twelve 0:0.13 1:-0.11 2:-0.15
u:twenty 0:0.44 2:0.2 3:-0.24 5:0.25 6:-0.2 12:0.21
u:twice 0:-0.24 1:0.34 2:-0.22 3:0.15 5:-0.16 6:0.37 7:-0.11 10:0.15 12:-0.26
u:twitter 0:0.11 6:0.33
u:two 0:0.43 1:0.15 2:0.34 3:-0.42 5:0.38 7:-0.26 12:-0.12
u:tyre 0:0.22 2:0.73 6:-0.22 7:0.18 11:0.13
u:tyres 1:-0.16 2:0.56 6:-0.18
u:u 0:-0.12 5:-0.13 6:0.16 12:-0.11
u:umbrella 1:0.15
u:unable 0:0.16 2:0.13 5:0.17
u:unanswered 0:0.15
u:under 0:-0.24 3:0.45 4:-0.17 5:0.13 6:-0.33 7:0.38 8:-0.16 11:0.2 12:0.14
u:undercooked 4:0.21 5:0.18
u:understand 0:-0.16 1:-0.12 2:-0.25 4:-0.21 5:-0.17 6:0.68 13:0.14
u:understandably 2:0.1 6:-0.41
u:understanding 1:-0.38
u:understands 1:0.11 2:0.66
u:understood 0:-0.14 2:0.12 4:-0.13 5:-0.18 6:0.4 13:0.28
u:underwhelming 5:-0.45
u:uneven 1:0.15 5:0.12 8:-0.13
u:unfair 0:0.16 1:-0.2 4:-0.13 5:-0.13
u:unflappable 0:-0.12 1:0.26
u:unfortunately 2:-0.12
u:unfriendly 1:0.13 5:0.13 12:0.11
u:unhappy 3:0.11
u:uni 2:0.11
u:uniform 1:0.19 5:-0.1
u:uniforms 1:-0.21 2:-0.36 5:-0.39
u:union 0:-0.25 6:-0.11
u:unit 5:-0.45
u:unless 0:-0.13
u:unlock 0:0.16
u:unreal 1:-0.12 3:-0.17 5:0.62 11:0.29 12:0.12
u:until 0:-0.21 1:-0.23 6:0.48 7:-0.15 12:-0.11 13:-0.14
u:up 0:0.18 2:-0.14 3:0.35 4:0.1 5:-0.29 7:-0.28 10:0.64 11:-0.22 12:-0.22 13:-0.28
u:update 0:-0.31
u:updated 2:-0.14 6:0.43 12:0.15 13:0.31
u:updates 0:0.26 1:-0.12 2:0.14 3:-0.12 6:0.48
u:upgrade 5:0.39 6:0.36
u:upgrading 1:-0.21 2:0.29 5:-0.12
u:upsell 0:0.12 1:0.26 5:-0.21 6:-0.12
u:upselling 1:0.2 3:-0.12 4:-0.16 5:-0.13
u:upstairs 0:0.12 5:-0.37
u:ur 5:-0.14
u:urgent 0:0.72 1:-0.49 5:-0.12 7:-0.11
u:us 1:0.26 2:0.13 3:-0.31 5:-0.2 6:0.11 9:-0.12 13:0.15
u:use 0:-0.12 1:-0.24 2:0.91 3:-0.1 5:-0.17 9:0.15
u:used 2:0.19 4:0.35 7:0.16 10:-0.13
u:useful 1:-0.14 2:-0.18
u:useless 5:0.2 6:-0.33 12:-0.14
u:users 5:-0.13 6:0.23 13:0.11
u:using 2:0.47 5:-0.35
u:usual 4:0.16 5:-0.17
u:usually 1:-0.17 5:-0.1
u:v 1:0.3 4:0.11 5:0.16
u:valet 3:0.92 4:0.12 5:0.31 11:0.21
u:valeting 0:0.28 3:0.11
u:valid 2:0.12
u:value 4:1.43 5:-0.79 11:0.54
u:valued 0:-0.16 2:0.11 3:0.1 5:0.22 7:-0.12 11:0.11
u:valve 5:-0.14
u:van 1:-0.2 3:0.13 5:-0.24
u:vanished 2:-0.11
u:vans 1:0.6 3:-0.11
u:variable 2:0.15
u:varifocals 2:0.19 5:0.4
u:veg 0:-0.35 1:-0.21 2:0.23 4:0.13 5:0.23 6:-0.23
u:vegan 2:0.15 5:0.1
u:vegetarian 2:0.23 5:0.21
u:vending 1:0.34 5:-0.17
u:venue 2:-0.16 4:-0.16 5:-0.24 6:0.4
u:venues 1:-0.13 3:0.17 5:-0.13 6:-0.11
u:verry 6:0.1
u:version 2:0.12 5:0.14
u:very 2:0.28 3:0.15 4:0.19 5:0.2 6:0.13 8:0.34 9:0.19 10:0.22
u:vet 0:-0.13 1:0.31 2:0.35 5:-0.28 6:0.41 8:0.14 11:-0.1 12:0.12
u:vets 5:-0.33 6:-0.17
u:video 1:-0.23 2:-0.11 5:0.21 6:0.2
u:view 2:-0.11 3:-0.35
u:viewed 4:0.14
u:viewing 5:-0.28 6:0.17
u:viewings 1:-0.19 5:0.1
u:views 1:-0.23 5:-0.2
u:visible 5:0.15
u:visit 0:0.19 1:-0.26 2:-0.21 5:-0.34 6:-0.24 12:-0.18
u:visited 0:-0.15 5:0.15
u:visitors 3:0.23 5:0.48 12:0.18
u:visits 0:-0.1 2:0.47 7:0.21 9:-0.16 12:0.14
u:vivaldi 0:0.32 6:-0.17 7:-0.14
u:voice 2:0.25
u:voicemails 0:-0.57 6:0.27
u:volunteer 0:-0.14 1:0.11 2:0.18 4:-0.19 6:-0.11
u:volunteers 1:0.32 5:-0.12 13:0.14
u:voucher 4:0.37 5:-0.15
u:vraiment 5:0.16
u:w 6:0.21
u:wages 4:-0.29
u:wait 0:0.57 2:-0.24 3:-0.19 4:-0.35 5:0.48 6:0.18 7:-0.34 8:0.21 12:0.3
u:waitd 0:0.31
u:waited 0:0.7 1:0.27 2:0.11 4:0.14 6:0.19 11:0.2 12:0.16
u:waiter 0:0.18 1:0.92 4:-0.12 5:0.49 6:0.14 10:-0.14
u:waitin 0:0.24 5:-0.18 6:0.41
u:waiting 1:-0.4 2:-0.11 3:0.31 4:-0.38 5:-0.45 6:0.27 13:-0.15
u:waitress 2:0.12 6:-0.16
u:waits 0:0.11 5:0.39 6:-0.11
u:waived 1:0.12 4:0.15 5:-0.17 11:0.11
u:walk 0:0.32 2:0.17 7:-0.15 9:-0.11 11:-0.16
u:walked 0:-0.16 1:0.43 3:-0.1 4:-0.15 5:-0.48 7:0.11 13:0.16
u:walker 5:-0.23 6:0.31
u:walking 0:0.46 1:0.16 2:-0.17 5:0.11 8:0.16
u:wall 1:-0.19 2:0.12 3:-0.1
u:walls 5:0.18
u:want 0:0.42 5:0.27 6:-0.14
u:wanted 0:-0.17 1:0.11 2:-0.3 5:-0.38 6:0.1 11:0.21
u:wants 0:-0.47 4:0.34 5:-0.29
u:war 1:-0.12 5:0.21
u:ward 0:-0.22 1:0.13 2:-0.22 3:0.37 4:-0.14 5:-0.16 13:-0.11
u:warden 1:0.92 2:0.1 5:-0.11 6:-0.19
u:wardrobe 3:-0.1 5:0.2
u:warm 0:-0.15 1:0.11 3:0.21 4:0.14 5:0.49 8:0.12 12:-0.12
u:warmer 0:-0.15 1:0.36 4:0.1 5:-0.11
u:warned 2:0.24 5:-0.21 6:-0.23 11:0.11
u:warning 5:0.18 12:-0.12
u:warranty 0:-0.17 1:0.2 2:0.25 3:-0.15 4:0.1 6:-0.15 9:-0.12 12:-0.1
u:was 1:0.48 3:-0.18 4:-0.25 5:0.41 7:-0.11 11:0.13 12:-0.35
u:wash 2:-0.14 3:-0.3 4:0.17 5:0.51 12:-0.14
u:washed 0:0.32 1:0.2
u:washer 2:0.15 5:-0.11
u:washes 4:-0.12 5:0.14
u:washing 0:-0.39 1:0.16 2:0.19 3:0.32 5:-0.36
u:wasnt 0:0.26 1:0.27 3:-0.22 4:-0.11 5:-0.18 6:0.47 8:-0.23 9:-0.13 13:-0.2
u:waste 2:-0.15 3:0.14 4:-0.31 5:0.14 11:-0.12
u:wasting 6:0.14
u:watch 0:0.12 4:0.25 5:-0.28 6:0.22
u:water 0:0.12 1:-0.19 5:0.3
u:watering 1:0.23
u:way 1:0.41 2:-0.17 5:-0.33 6:0.13 8:0.11 11:-0.21
u:we 0:0.18 1:0.16 4:0.36 5:-0.13 6:0.25 10:0.27 11:-0.2 12:0.15
u:wear 1:-0.2 5:0.28
u:wearing 1:-0.39
u:web 0:0.14 1:-0.11
u:website 1:0.14 2:0.36 5:-0.34 9:-0.15
u:wed 3:-0.19 4:0.16 6:0.33 12:-0.15
u:wedding 0:-0.34 1:0.22 3:0.12 5:0.53 6:0.66 12:0.16
u:wednesday 0:0.29 1:0.18 5:0.19 7:0.11 12:0.11
u:wednesdays 1:-0.25
u:wee 3:0.13 10:-0.12
u:week 0:0.89 1:0.14 2:-0.1 4:-0.16 5:0.42 6:0.25 7:-0.14 10:-0.19 11:-0.26 12:-0.12 13:-0.22
u:weekend 0:-0.19 2:-0.23 3:-0.12 5:0.35 7:-0.11 8:-0.14
u:weekends 0:0.22 2:0.13 3:0.13 5:0.11
u:weekly 2:-0.11 4:-0.18 5:-0.17 6:0.13 13:0.1
u:weeks 0:0.63 1:-0.35 2:-0.2 4:-0.23 5:-0.28 6:0.48 7:-0.57 9:-0.22 12:0.17 13:-0.3
u:weight 5:0.22
u:welcome 1:0.72 5:-0.14
u:welcoming 0:-0.16 1:0.38 8:-0.27
u:well 0:-0.23 2:-0.11 3:-0.12 4:0.4 5:0.11 6:0.11 9:0.11 12:0.33 13:0.12
u:wen 1:0.35
u:went 1:-0.34 3:-0.12 4:-0.45 5:0.11 7:-0.2 9:-0.14 11:-0.18 12:-0.31
u:wer 0:0.12 1:0.12 5:-0.12
u:were 1:0.23 3:0.29 4:0.14 5:-0.14 6:0.19 7:-0.27 11:-0.11
u:werent 0:0.12 1:0.1 2:-0.23 6:0.47 12:-0.17 13:0.15
u:wet 0:-0.11 3:0.4 4:0.16 5:-0.36 6:-0.1
u:weve 4:0.14 5:0.25 6:-0.22 7:-0.15 10:-0.29 12:0.15 13:-0.1
u:what 2:0.22 4:0.3 5:0.46 6:0.19 13:0.46
u:whatever 0:-0.13 5:0.3
u:whats 2:-0.2 4:0.18 5:-0.17
u:wheel 2:0.2 3:0.24 5:-0.25
u:wheelchair 0:0.11 2:-0.11 8:0.11
u:wheelie 1:-0.1
u:wheels 3:-0.18 4:0.13 5:0.36 7:-0.12 13:-0.12
u:when 1:0.62 2:0.15 4:0.23 5:-0.35 8:-0.1 9:-0.15 11:-0.28 12:-0.25
u:whenever 1:0.19 4:0.3
u:where 0:-0.13 1:0.13 2:-0.12 6:0.51 7:0.19 11:0.11 12:-0.11 13:0.33
u:wheres 6:0.21
u:whether 0:-0.32 1:-0.58 2:0.49 3:-0.17 5:-0.39 9:-0.2
u:which 0:-0.28 1:-0.32 2:0.51 3:0.27 4:0.18 5:-0.24 8:0.18 10:0.31 13:0.32
u:while 0:0.31 1:0.41 2:-0.23 4:0.29 5:-0.14 6:-0.32 8:-0.2 11:0.14 13:0.12
u:white 1:0.12 2:-0.13 3:-0.2 5:0.25
u:whitening 4:0.13 5:0.59 11:-0.11 12:-0.18
u:who 1:0.41 2:0.31 6:-0.22 8:0.15 9:-0.17 10:-0.2 12:0.27 13:-0.21
u:whod 1:0.19
u:whoever 0:-0.11 3:0.12 5:-0.14 10:0.12
u:whole 1:0.14 6:0.27 8:-0.2 12:-0.15
u:whom 1:-0.14
u:whos 0:-0.18 1:0.39 2:-0.12 5:-0.19 6:-0.25 11:0.14
u:whose 6:0.14
u:why 0:0.72 1:-0.21 2:-0.32 4:-0.18 5:-0.16 6:0.59 8:0.13 11:0.12
u:wide 8:-0.21
u:wife 2:-0.12 5:-0.11
u:wifi 0:-0.23 1:-0.19 4:-0.25 5:1.11 6:-0.45 9:-0.11 12:-0.21
u:will 0:-0.12 1:-0.15 2:-0.5 4:-0.14 5:-0.52 6:0.22
u:win 4:-0.16
u:window 0:0.36 1:-0.2 2:-0.17 3:-0.14 5:-0.15 6:0.37 11:0.12 13:0.11
u:windows 0:0.12 2:0.14 3:-0.37 4:0.1 5:0.75 6:-0.17 9:-0.1 10:0.11
u:wine 1:-0.29 3:0.21 4:0.14 5:0.52 6:-0.1 11:0.17 12:0.31
u:wines 2:0.14
u:winters 5:0.17 12:0.13
u:wipe 3:0.27
u:wiped 0:0.18 1:-0.17 3:0.37 10:-0.12
u:wish 0:-0.13 4:0.16 13:-0.11
u:wished 5:-0.13
u:with 0:-0.11 1:0.68 2:-0.26 3:0.16 4:-0.15 6:0.27 7:-0.2 8:0.2 11:-0.23 13:0.13
u:within 0:0.24 3:-0.13 5:0.27 6:0.23 7:0.6 8:-0.11 12:-0.18 13:0.24
u:without 0:0.17 2:0.4 3:-0.41 4:0.34 5:0.34 6:0.59 7:0.19 8:0.3 11:-0.1 12:-0.26
u:wiv 4:0.25 5:-0.25
u:wks 6:0.18
u:wobbled 5:0.19
u:woman 1:0.73 3:-0.11 4:-0.11 5:-0.1 6:-0.43
u:wonderful 0:0.23
u:wonky 1:0.16 4:0.15 5:0.16 12:-0.12
u:wont 2:-0.11 3:-0.26 4:0.28 5:0.49 6:-0.1 8:-0.19 9:-0.11 12:-0.24
u:wool 0:-0.35 5:0.31 12:-0.13
u:word 4:-0.11
u:wording 0:-0.13
u:wordpress 1:-0.1 5:0.23
u:words 0:-0.14 2:-0.15 5:-0.13 6:-0.29
u:wore 3:0.47
u:work 0:-0.33 1:-0.3 2:0.1 4:0.23 5:0.16 6:0.73 8:-0.11 12:0.26
u:worked 0:-0.12 1:0.17 2:0.77 3:0.3 4:-0.1 5:0.16 6:-0.32 9:0.11 10:-0.12 12:0.17
u:working 0:0.41 1:0.17 2:-0.17 4:-0.37 5:-0.1 6:-0.14 12:-0.14
u:works 0:-0.12 1:0.12 2:0.19 6:-0.38 9:-0.16 10:0.11 12:0.28
u:workshop 5:0.34
u:worktop 5:0.12
u:worktops 1:-0.1
u:world 5:0.15 6:0.12
u:worn 1:-0.21 2:0.17 4:-0.16 6:0.45 9:0.15 13:0.16
u:worried 0:-0.16
u:worse 1:0.18 4:0.11 5:0.31 6:-0.23 8:0.13 12:-0.14
u:worst 0:-0.11 1:-0.28 4:-0.12 5:-0.31 6:-0.16
u:worth 0:-0.15 3:-0.44 4:0.87 5:0.53 6:0.14 11:0.41 12:0.48 13:0.11
u:wot 1:0.29 3:0.67 5:-0.19
u:would 0:0.2 1:-0.36 2:0.18 4:-0.26 5:-0.31 7:0.15 11:0.12 12:0.13
u:wouldnt 4:0.12 5:0.18 8:-0.26 13:-0.17
u:wow 0:0.14 5:-0.13 7:-0.11
u:wrap 6:0.14
u:wrapped 2:-0.18 12:0.29
u:wrist 0:0.15 5:-0.4
u:write 0:-0.17 1:-0.1 4:-0.14 6:-0.16
u:writing 0:0.17 1:0.36 5:-0.11
u:written 6:0.58
u:wrong 0:-0.34 2:1.72 3:-0.22 4:-0.23 5:-0.29 6:-0.51 7:-0.11 8:-0.17 9:-0.25 12:-0.14 13:-0.12
u:wrongly 2:0.14
u:wrote 1:-0.15 3:0.15 6:0.31
u:x 0:-0.39 1:0.38 2:0.15 3:-0.3 8:0.12 9:-0.13
u:yaar 0:0.2 5:0.22
u:yeah 5:-0.14
u:year 1:0.39 5:-0.26 6:0.17 8:0.15 9:0.16 10:-0.14 11:-0.2 12:0.14
u:years 0:-0.34 1:-0.17 2:0.22 3:-0.33 4:0.26 5:0.29 6:-0.22 11:0.25 12:0.28 13:0.18
u:yes 0:0.27 2:0.45 5:-0.14 9:-0.26
u:yet 1:-0.21 4:-0.19 5:-0.29 6:-0.28 9:0.2 13:0.1
u:york 5:-0.11
u:you 0:-0.21 10:0.25 11:0.11 13:0.25
u:youd 1:-0.14 3:-0.11 6:-0.18
u:young 1:0.11 5:0.11
u:younger 0:-0.2 1:0.21 2:-0.37 5:0.26
u:your 1:0.17 2:-0.31 3:0.22 5:0.13 6:-0.24 10:0.2 12:-0.13
u:youre 1:0.2 2:0.12 8:-0.2
u:youtube 6:0.14
u:yr 1:0.47 2:-0.19
u:zero 0:-0.29 3:0.13 4:0.18 10:0.15
u:zip 0:-0.15 5:0.31 12:-0.12
u:£ 0:-0.59 1:-0.2 2:-0.18 4:2.73 6:0.33 7:0.19 9:0.13 10:0.12 11:-0.49 12:-0.22 13:-0.22
u:était 1:0.35 4:0.14 5:0.17 9:0.11 11:0.12
u:€ 4:0.32 5:0.27 11:-0.13

"""#
}
