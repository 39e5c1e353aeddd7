export declare const SOURCE_CONDITION: '@smula/source';
export declare const sourceResolution: {
  resolve: { conditions: string[] };
  ssr: { resolve: { conditions: string[] } };
};
