# mpy-cross:
# Many locals: LOAD_FAST_MULTI/STORE_FAST_MULTI for slots 0..15, LOAD_FAST_N/STORE_FAST_N/DELETE_FAST
# for slots >= 16 (and >= 128: two-byte operands), n_state >= 17 (multi-byte prelude signature),
# many positional parameters and keyword-only parameters.


def sixteen_params(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, *, k0=0, k1=1, k2):
    p0 = p1 + p2
    p3 = p4 + p5
    p6 = p7 + p8
    p9 = p10 + p11
    p12 = p13 + p14
    p15 = p16 + p17
    p1 = p2 = p4 = p5 = p7 = p8 = p10 = p11 = p13 = p14 = p16 = p17 = k0 + k1 + k2
    return p0 + p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 + p10 + p11 + p12 + p13 + p14 + p15 + p16 + p17


def forty_locals(seed):
    v00 = seed + 0
    v01 = seed + 1
    v02 = seed + 2
    v03 = seed + 3
    v04 = seed + 4
    v05 = seed + 5
    v06 = seed + 6
    v07 = seed + 7
    v08 = seed + 8
    v09 = seed + 9
    v10 = seed + 10
    v11 = seed + 11
    v12 = seed + 12
    v13 = seed + 13
    v14 = seed + 14
    v15 = seed + 15
    v16 = seed + 16
    v17 = seed + 17
    v18 = seed + 18
    v19 = seed + 19
    v20 = seed + 20
    v21 = seed + 21
    v22 = seed + 22
    v23 = seed + 23
    v24 = seed + 24
    v25 = seed + 25
    v26 = seed + 26
    v27 = seed + 27
    v28 = seed + 28
    v29 = seed + 29
    v30 = seed + 30
    v31 = seed + 31
    v32 = seed + 32
    v33 = seed + 33
    v34 = seed + 34
    v35 = seed + 35
    v36 = seed + 36
    v37 = seed + 37
    v38 = seed + 38
    v39 = seed + 39
    total = v00 + v01 + v02 + v03 + v04 + v05 + v06 + v07 + v08 + v09 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19 + v20 + v21 + v22 + v23 + v24 + v25 + v26 + v27 + v28 + v29 + v30 + v31 + v32 + v33 + v34 + v35 + v36 + v37 + v38 + v39
    del v39, v20
    return total


def huge_frame(x):
    w000 = x + 1
    w001 = w000 + 1
    w002 = w001 + 1
    w003 = w002 + 1
    w004 = w003 + 1
    w005 = w004 + 1
    w006 = w005 + 1
    w007 = w006 + 1
    w008 = w007 + 1
    w009 = w008 + 1
    w010 = w009 + 1
    w011 = w010 + 1
    w012 = w011 + 1
    w013 = w012 + 1
    w014 = w013 + 1
    w015 = w014 + 1
    w016 = w015 + 1
    w017 = w016 + 1
    w018 = w017 + 1
    w019 = w018 + 1
    w020 = w019 + 1
    w021 = w020 + 1
    w022 = w021 + 1
    w023 = w022 + 1
    w024 = w023 + 1
    w025 = w024 + 1
    w026 = w025 + 1
    w027 = w026 + 1
    w028 = w027 + 1
    w029 = w028 + 1
    w030 = w029 + 1
    w031 = w030 + 1
    w032 = w031 + 1
    w033 = w032 + 1
    w034 = w033 + 1
    w035 = w034 + 1
    w036 = w035 + 1
    w037 = w036 + 1
    w038 = w037 + 1
    w039 = w038 + 1
    w040 = w039 + 1
    w041 = w040 + 1
    w042 = w041 + 1
    w043 = w042 + 1
    w044 = w043 + 1
    w045 = w044 + 1
    w046 = w045 + 1
    w047 = w046 + 1
    w048 = w047 + 1
    w049 = w048 + 1
    w050 = w049 + 1
    w051 = w050 + 1
    w052 = w051 + 1
    w053 = w052 + 1
    w054 = w053 + 1
    w055 = w054 + 1
    w056 = w055 + 1
    w057 = w056 + 1
    w058 = w057 + 1
    w059 = w058 + 1
    w060 = w059 + 1
    w061 = w060 + 1
    w062 = w061 + 1
    w063 = w062 + 1
    w064 = w063 + 1
    w065 = w064 + 1
    w066 = w065 + 1
    w067 = w066 + 1
    w068 = w067 + 1
    w069 = w068 + 1
    w070 = w069 + 1
    w071 = w070 + 1
    w072 = w071 + 1
    w073 = w072 + 1
    w074 = w073 + 1
    w075 = w074 + 1
    w076 = w075 + 1
    w077 = w076 + 1
    w078 = w077 + 1
    w079 = w078 + 1
    w080 = w079 + 1
    w081 = w080 + 1
    w082 = w081 + 1
    w083 = w082 + 1
    w084 = w083 + 1
    w085 = w084 + 1
    w086 = w085 + 1
    w087 = w086 + 1
    w088 = w087 + 1
    w089 = w088 + 1
    w090 = w089 + 1
    w091 = w090 + 1
    w092 = w091 + 1
    w093 = w092 + 1
    w094 = w093 + 1
    w095 = w094 + 1
    w096 = w095 + 1
    w097 = w096 + 1
    w098 = w097 + 1
    w099 = w098 + 1
    w100 = w099 + 1
    w101 = w100 + 1
    w102 = w101 + 1
    w103 = w102 + 1
    w104 = w103 + 1
    w105 = w104 + 1
    w106 = w105 + 1
    w107 = w106 + 1
    w108 = w107 + 1
    w109 = w108 + 1
    w110 = w109 + 1
    w111 = w110 + 1
    w112 = w111 + 1
    w113 = w112 + 1
    w114 = w113 + 1
    w115 = w114 + 1
    w116 = w115 + 1
    w117 = w116 + 1
    w118 = w117 + 1
    w119 = w118 + 1
    w120 = w119 + 1
    w121 = w120 + 1
    w122 = w121 + 1
    w123 = w122 + 1
    w124 = w123 + 1
    w125 = w124 + 1
    w126 = w125 + 1
    w127 = w126 + 1
    w128 = w127 + 1
    w129 = w128 + 1
    w130 = w129 + 1
    w131 = w130 + 1
    w132 = w131 + 1
    w133 = w132 + 1
    w134 = w133 + 1
    w135 = w134 + 1
    w136 = w135 + 1
    w137 = w136 + 1
    w138 = w137 + 1
    w139 = w138 + 1
    del w139
    return w138


print(sixteen_params(*range(18), k2=5), forty_locals(1), huge_frame(0))
